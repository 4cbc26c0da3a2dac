package org.inpaintstudio.backend;

import org.inpaintstudio.image.MaskPlane;

/**
 * What the offline engine takes besides the request of API.md: where the fill may copy from, and the random seed.
 * A remote service has no such fields.
 *
 * @param samplingArea the pixels a patch may be copied from (the image's size), or null for anywhere
 * @param seed the engine's random seed, or null for the backend's own
 */
public record FillControls(MaskPlane samplingArea, Long seed) {
    /** Copy from anywhere, with the backend's seed. */
    public static final FillControls NONE = new FillControls(null, null);

    public FillControls withSeed(long newSeed) {
        return new FillControls(samplingArea, newSeed);
    }
}
