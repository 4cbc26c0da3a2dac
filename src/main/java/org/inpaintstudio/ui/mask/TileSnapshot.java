package org.inpaintstudio.ui.mask;

import java.util.Arrays;
import org.inpaintstudio.image.MaskPlane;

/**
 * The bytes of one mask tile, kept small for the undo history: a tile of one value is a single byte, a tile of
 * only KEEP/REPAIR is one bit a pixel, anything else is a plain copy. Unpacking gives back the exact bytes.
 */
public final class TileSnapshot {
    private final int length;
    private final byte uniform;
    private final long[] bits;
    private final byte[] raw;

    private TileSnapshot(int length, byte uniform, long[] bits, byte[] raw) {
        this.length = length;
        this.uniform = uniform;
        this.bits = bits;
        this.raw = raw;
    }

    public static TileSnapshot of(byte[] tile) {
        byte first = tile[0];
        boolean same = true;
        boolean binary = true;
        for (byte b : tile) {
            same &= b == first;
            binary &= b == MaskPlane.KEEP || b == MaskPlane.REPAIR;
        }
        if (same) {
            return new TileSnapshot(tile.length, first, null, null);
        }
        if (!binary) {
            return new TileSnapshot(tile.length, (byte) 0, null, tile.clone());
        }
        long[] bits = new long[(tile.length + 63) >>> 6];
        for (int i = 0; i < tile.length; i++) {
            if (tile[i] == MaskPlane.REPAIR) {
                bits[i >>> 6] |= 1L << (i & 63);
            }
        }
        return new TileSnapshot(tile.length, (byte) 0, bits, null);
    }

    /** The tile's bytes, a fresh array. */
    public byte[] bytes() {
        if (raw != null) {
            return raw.clone();
        }
        byte[] tile = new byte[length];
        if (bits == null) {
            Arrays.fill(tile, uniform);
            return tile;
        }
        for (int i = 0; i < length; i++) {
            if ((bits[i >>> 6] & (1L << (i & 63))) != 0) {
                tile[i] = MaskPlane.REPAIR;
            }
        }
        return tile;
    }

    /** Roughly what this snapshot costs on the heap, for the history's memory budget. */
    public long byteSize() {
        long payload = raw != null ? raw.length : bits != null ? bits.length * 8L : 0;
        return 32 + payload;
    }
}
