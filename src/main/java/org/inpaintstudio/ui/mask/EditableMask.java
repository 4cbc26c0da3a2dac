package org.inpaintstudio.ui.mask;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.image.PixelBox;

/**
 * The mask being edited. Every write goes through here so that the repair count stays current, the touched
 * tiles are recorded for undo (between {@link #beginEdit()} and {@link #endEdit(String)}), and listeners hear
 * only the region that changed ({@link #flushChanges()}).
 */
public final class EditableMask {
    /** Side of the square tiles the history stores; 64 x 64 bytes is 4 KiB, or 512 bytes packed. */
    public static final int TILE = 64;

    private final MaskPlane plane;
    private final byte[] data;
    private final int width;
    private final int height;
    private final int tilesX;
    private final int tilesY;
    private final List<MaskChangeListener> listeners = new CopyOnWriteArrayList<>();
    private long repairCount;
    private PixelBox pending;
    private MaskEditRecorder recorder;

    public EditableMask(MaskPlane plane) {
        this.plane = plane;
        this.data = plane.data();
        this.width = plane.width();
        this.height = plane.height();
        this.tilesX = (width + TILE - 1) / TILE;
        this.tilesY = (height + TILE - 1) / TILE;
        this.repairCount = plane.repairCount();
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The plane itself, for reading (exports, the overlay); write through this class instead. */
    public MaskPlane plane() {
        return plane;
    }

    public long repairCount() {
        return repairCount;
    }

    public boolean isRepair(int x, int y) {
        return plane.isRepair(x, y);
    }

    public void addListener(MaskChangeListener listener) {
        listeners.add(listener);
    }

    public void removeListener(MaskChangeListener listener) {
        listeners.remove(listener);
    }

    /** Sets pixels {@code x0} (inclusive) to {@code x1} (exclusive) of row {@code y}; what lies outside is ignored. */
    public void fillSpan(int y, int x0, int x1, boolean repair) {
        if (y < 0 || y >= height) {
            return;
        }
        int from = Math.max(0, x0);
        int to = Math.min(width, x1);
        if (from >= to) {
            return;
        }
        if (recorder != null) {
            int tileRow = (y / TILE) * tilesX;
            for (int tx = from / TILE; tx <= (to - 1) / TILE; tx++) {
                recorder.capture(tileRow + tx);
            }
        }
        byte value = repair ? MaskPlane.REPAIR : MaskPlane.KEEP;
        int delta = 0;
        for (int i = y * width + from, end = y * width + to; i < end; i++) {
            boolean was = data[i] != MaskPlane.KEEP;
            if (was != repair) {
                delta += repair ? 1 : -1;
            }
            data[i] = value;
        }
        repairCount += delta;
        markChanged(new PixelBox(from, y, to, y + 1));
    }

    /** Replaces the whole mask with {@code next} (same size), touching only the tiles that differ. */
    public void replaceAll(byte[] next) {
        if (next.length != data.length) {
            throw new IllegalArgumentException(
                    "replacement mask has " + next.length + " bytes, expected " + data.length);
        }
        for (int t = 0; t < tilesX * tilesY; t++) {
            byte[] tile = extract(next, t);
            if (!Arrays.equals(tile, tile(t))) {
                if (recorder != null) {
                    recorder.capture(t);
                }
                writeTile(t, tile);
            }
        }
    }

    /** Starts recording the tiles that the following writes touch. */
    public void beginEdit() {
        if (recorder != null) {
            throw new IllegalStateException("an edit is already being recorded");
        }
        recorder = new MaskEditRecorder(this, tilesX * tilesY);
    }

    public boolean isEditing() {
        return recorder != null;
    }

    /** Ends the recording; null when nothing actually changed. */
    public MaskTileEdit endEdit(String descriptionKey) {
        if (recorder == null) {
            throw new IllegalStateException("no edit is being recorded");
        }
        MaskEditRecorder finished = recorder;
        recorder = null;
        flushChanges();
        return finished.finish(descriptionKey);
    }

    /** Tells the listeners which region changed since the last flush. */
    public void flushChanges() {
        PixelBox region = pending;
        pending = null;
        if (region != null) {
            for (MaskChangeListener listener : listeners) {
                listener.maskChanged(region);
            }
        }
    }

    PixelBox tileBounds(int tile) {
        int x0 = (tile % tilesX) * TILE;
        int y0 = (tile / tilesX) * TILE;
        return new PixelBox(x0, y0, Math.min(width, x0 + TILE), Math.min(height, y0 + TILE));
    }

    /** A copy of one tile's bytes, row by row. */
    byte[] tile(int tile) {
        return extract(data, tile);
    }

    private byte[] extract(byte[] source, int tile) {
        PixelBox b = tileBounds(tile);
        byte[] out = new byte[b.width() * b.height()];
        for (int row = 0; row < b.height(); row++) {
            System.arraycopy(source, (b.y0() + row) * width + b.x0(), out, row * b.width(), b.width());
        }
        return out;
    }

    /** Writes one tile's bytes back (undo, redo, replace), keeping the repair count. Not recorded. */
    void writeTile(int tile, byte[] bytes) {
        PixelBox b = tileBounds(tile);
        long delta = 0;
        for (int row = 0; row < b.height(); row++) {
            int offset = (b.y0() + row) * width + b.x0();
            for (int col = 0; col < b.width(); col++) {
                boolean was = data[offset + col] != MaskPlane.KEEP;
                boolean now = bytes[row * b.width() + col] != MaskPlane.KEEP;
                delta += (now ? 1 : 0) - (was ? 1 : 0);
            }
            System.arraycopy(bytes, row * b.width(), data, offset, b.width());
        }
        repairCount += delta;
        markChanged(b);
    }

    private void markChanged(PixelBox region) {
        pending = pending == null ? region : pending.union(region);
    }
}
