package org.inpaintstudio.engine;

/**
 * The sampling area leaves no complete patch to copy from around a masked region. Nothing was filled; the caller
 * keeps its image and can paint a larger sampling area (near the mask) or clear it.
 */
public final class SamplingAreaTooSmallException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SamplingAreaTooSmallException(int x, int y, int width, int height) {
        super("the sampling area leaves too little to copy from around the masked region at " + x + "," + y + " ("
                + width + " x " + height + " pixels with its surroundings): mark a larger sampling area next to the"
                + " mask, or clear the sampling area");
    }
}
