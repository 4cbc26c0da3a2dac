package org.inpaintstudio.ui.canvas;

import java.nio.IntBuffer;
import javafx.beans.property.DoubleProperty;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.image.PixelBox;
import org.inpaintstudio.ui.mask.EditableMask;
import org.inpaintstudio.ui.mask.MaskChangeListener;

/**
 * A mask (the repair mask, or the sampling area) drawn as a tinted layer in image coordinates. It is cut into tiles, each an ImageView over its own
 * {@link PixelBuffer}; a change rewrites only the changed pixels and tells JavaFX only that rectangle is dirty,
 * so a brush move on a 4096 x 4096 image uploads and repaints a few hundred pixels, not 16 million. Tiles are made
 * the first time something is painted in them.
 */
final class MaskOverlay extends Group implements MaskChangeListener {
    static final int TILE = 256;

    private final DoubleProperty opacity;
    private EditableMask mask;
    private Tile[] tiles = new Tile[0];
    private int tilesX;
    private int color = 0xFFFF2850;

    /** @param id the node id: the mask and the sampling area each have an overlay */
    MaskOverlay(DoubleProperty opacity, String id) {
        this.opacity = opacity;
        setMouseTransparent(true);
        setId(id);
    }

    void setMask(EditableMask newMask) {
        if (mask != null) {
            mask.removeListener(this);
        }
        mask = newMask;
        getChildren().clear();
        if (mask == null) {
            tiles = new Tile[0];
            return;
        }
        tilesX = (mask.width() + TILE - 1) / TILE;
        int tilesY = (mask.height() + TILE - 1) / TILE;
        tiles = new Tile[tilesX * tilesY];
        mask.addListener(this);
        maskChanged(new PixelBox(0, 0, mask.width(), mask.height()));
    }

    /** The tint (opaque); the layer's transparency comes from the opacity property. */
    void setColor(Color tint) {
        int argb = 0xFF000000
                | (int) Math.round(tint.getRed() * 255) << 16
                | (int) Math.round(tint.getGreen() * 255) << 8
                | (int) Math.round(tint.getBlue() * 255);
        if (argb != color) {
            color = argb;
            if (mask != null) {
                maskChanged(new PixelBox(0, 0, mask.width(), mask.height()));
            }
        }
    }

    @Override
    public void maskChanged(PixelBox region) {
        int tx0 = region.x0() / TILE;
        int tx1 = (region.x1() - 1) / TILE;
        int ty0 = region.y0() / TILE;
        int ty1 = (region.y1() - 1) / TILE;
        for (int ty = ty0; ty <= ty1; ty++) {
            for (int tx = tx0; tx <= tx1; tx++) {
                refreshTile(tx, ty, region);
            }
        }
    }

    private void refreshTile(int tx, int ty, PixelBox region) {
        int left = tx * TILE;
        int top = ty * TILE;
        int x0 = Math.max(region.x0(), left);
        int y0 = Math.max(region.y0(), top);
        int x1 = Math.min(region.x1(), Math.min(mask.width(), left + TILE));
        int y1 = Math.min(region.y1(), Math.min(mask.height(), top + TILE));
        Tile tile = tiles[ty * tilesX + tx];
        if (tile == null) {
            if (!anyRepair(x0, y0, x1, y1)) {
                return;
            }
            tile = new Tile(left, top, Math.min(TILE, mask.width() - left), Math.min(TILE, mask.height() - top));
            tiles[ty * tilesX + tx] = tile;
            getChildren().add(tile.view);
        }
        tile.paint(mask.plane(), x0, y0, x1, y1, color);
    }

    private boolean anyRepair(int x0, int y0, int x1, int y1) {
        byte[] data = mask.plane().data();
        int width = mask.width();
        for (int y = y0; y < y1; y++) {
            for (int i = y * width + x0, end = y * width + x1; i < end; i++) {
                if (data[i] != MaskPlane.KEEP) {
                    return true;
                }
            }
        }
        return false;
    }

    /** One tile: its pixels, their buffer and the view showing them. */
    private final class Tile {
        private final int left;
        private final int top;
        private final int width;
        private final IntBuffer pixels;
        private final PixelBuffer<IntBuffer> buffer;
        private final ImageView view;
        private int[] row = new int[0];

        Tile(int left, int top, int width, int height) {
            this.left = left;
            this.top = top;
            this.width = width;
            this.pixels = IntBuffer.allocate(width * height);
            this.buffer = new PixelBuffer<>(width, height, pixels, PixelFormat.getIntArgbPreInstance());
            this.view = new ImageView(new WritableImage(buffer));
            view.setLayoutX(left);
            view.setLayoutY(top);
            view.setSmooth(false);
            view.opacityProperty().bind(opacity);
        }

        void paint(MaskPlane plane, int x0, int y0, int x1, int y1, int argb) {
            int w = x1 - x0;
            if (row.length < w) {
                row = new int[w];
            }
            byte[] data = plane.data();
            for (int y = y0; y < y1; y++) {
                int source = y * plane.width() + x0;
                for (int i = 0; i < w; i++) {
                    row[i] = data[source + i] != MaskPlane.KEEP ? argb : 0;
                }
                pixels.put((y - top) * width + (x0 - left), row, 0, w);
            }
            Rectangle2D dirty = new Rectangle2D(x0 - left, y0 - top, w, y1 - y0);
            buffer.updateBuffer(b -> dirty);
        }
    }
}
