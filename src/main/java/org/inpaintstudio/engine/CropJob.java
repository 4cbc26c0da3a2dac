package org.inpaintstudio.engine;

import org.inpaintstudio.image.PixelBox;

/**
 * One unit of work: the regions {@code labels} filled together on the crop {@code box} of the image.
 *
 * @param telea true for fast marching, false for patch completion
 * @param pixels how many mask pixels the job fills (its share of the progress)
 */
record CropJob(PixelBox box, int[] labels, boolean telea, long pixels) {}
