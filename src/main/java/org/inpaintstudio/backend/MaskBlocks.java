package org.inpaintstudio.backend;

import java.util.ArrayList;
import java.util.List;
import org.inpaintstudio.engine.MaskRegions;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.image.MaskRectangle;
import org.inpaintstudio.image.PixelBox;

/**
 * The masked regions of a plane as tight bounding boxes, found on a grid of blocks: blocks holding masked pixels
 * that touch (also diagonally) form one region, labelled as the engine labels a mask's regions. Cheap on huge
 * masks: one pass over the pixels, then work per block.
 */
final class MaskBlocks {
    private MaskBlocks() {}

    static List<MaskRectangle> regions(MaskPlane mask, int block) {
        MaskRegions groups = MaskRegions.label(marked(mask, block));
        List<MaskRectangle> regions = new ArrayList<>(groups.count());
        for (int label = 1; label <= groups.count(); label++) {
            PixelBox cells = groups.box(label);
            int x0 = cells.x0() * block;
            int y0 = cells.y0() * block;
            MaskRectangle pixels = new MaskRectangle(
                    x0,
                    y0,
                    Math.min(mask.width(), cells.x1() * block) - x0,
                    Math.min(mask.height(), cells.y1() * block) - y0);
            regions.add(mask.repairBoundsWithin(pixels));
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

    /** One pixel per block, marked when the block holds a masked pixel. */
    private static MaskPlane marked(MaskPlane mask, int block) {
        int columns = (mask.width() + block - 1) / block;
        MaskPlane marked = new MaskPlane(columns, (mask.height() + block - 1) / block);
        byte[] data = mask.data();
        int width = mask.width();
        for (int y = 0; y < mask.height(); y++) {
            int rowStart = y * width;
            for (int x = 0; x < width; x++) {
                if (data[rowStart + x] == MaskPlane.REPAIR) {
                    marked.set(x / block, y / block, true);
                    x = (x / block + 1) * block - 1; // the rest of this block's row adds nothing
                }
            }
        }
        return marked;
    }
}
