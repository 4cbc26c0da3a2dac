package org.inpaintstudio.backend;

import java.util.ArrayList;
import java.util.List;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.image.MaskRectangle;

/**
 * The masked regions of a plane as tight bounding boxes, found on a grid of blocks: blocks holding masked pixels
 * that touch (also diagonally) form one region. Cheap on huge masks: one pass over the pixels, then work per block.
 */
final class MaskBlocks {
    private MaskBlocks() {}

    static List<MaskRectangle> regions(MaskPlane mask, int block) {
        int columns = (mask.width() + block - 1) / block;
        int rows = (mask.height() + block - 1) / block;
        boolean[] marked = marked(mask, block, columns);
        boolean[] seen = new boolean[marked.length];
        List<MaskRectangle> regions = new ArrayList<>();
        int[] queue = new int[marked.length];
        for (int start = 0; start < marked.length; start++) {
            if (!marked[start] || seen[start]) {
                continue;
            }
            int minX = columns;
            int minY = rows;
            int maxX = -1;
            int maxY = -1;
            int head = 0;
            int tail = 0;
            queue[tail++] = start;
            seen[start] = true;
            while (head < tail) {
                int cell = queue[head++];
                int cx = cell % columns;
                int cy = cell / columns;
                minX = Math.min(minX, cx);
                maxX = Math.max(maxX, cx);
                minY = Math.min(minY, cy);
                maxY = Math.max(maxY, cy);
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = cx + dx;
                        int ny = cy + dy;
                        int next = ny * columns + nx;
                        if (nx >= 0 && ny >= 0 && nx < columns && ny < rows && marked[next] && !seen[next]) {
                            seen[next] = true;
                            queue[tail++] = next;
                        }
                    }
                }
            }
            int x0 = minX * block;
            int y0 = minY * block;
            MaskRectangle cells = new MaskRectangle(
                    x0,
                    y0,
                    Math.min(mask.width(), (maxX + 1) * block) - x0,
                    Math.min(mask.height(), (maxY + 1) * block) - y0);
            regions.add(tight(mask, cells));
        }
        return regions;
    }

    /** Whether any pixel inside {@code area} is masked. */
    static boolean anyRepair(MaskPlane mask, MaskRectangle area) {
        byte[] data = mask.data();
        for (int y = area.y(); y < area.y() + area.height(); y++) {
            int row = y * mask.width();
            for (int x = area.x(); x < area.x() + area.width(); x++) {
                if (data[row + x] == MaskPlane.REPAIR) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean[] marked(MaskPlane mask, int block, int columns) {
        int rows = (mask.height() + block - 1) / block;
        boolean[] marked = new boolean[columns * rows];
        byte[] data = mask.data();
        int width = mask.width();
        for (int y = 0; y < mask.height(); y++) {
            int rowStart = y * width;
            int cellRow = (y / block) * columns;
            for (int x = 0; x < width; x++) {
                if (data[rowStart + x] == MaskPlane.REPAIR) {
                    marked[cellRow + x / block] = true;
                    x = (x / block + 1) * block - 1; // the rest of this block's row adds nothing
                }
            }
        }
        return marked;
    }

    /** The smallest rectangle inside {@code cells} holding all of its masked pixels. */
    private static MaskRectangle tight(MaskPlane mask, MaskRectangle cells) {
        byte[] data = mask.data();
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = -1;
        int maxY = -1;
        for (int y = cells.y(); y < cells.y() + cells.height(); y++) {
            int row = y * mask.width();
            for (int x = cells.x(); x < cells.x() + cells.width(); x++) {
                if (data[row + x] == MaskPlane.REPAIR) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        return new MaskRectangle(minX, minY, maxX - minX + 1, maxY - minY + 1);
    }
}
