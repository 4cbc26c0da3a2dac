package org.inpaintstudio.batch;

import java.nio.file.Path;

/**
 * One photo of a batch: where it is, its mask file (null when the batch's rectangles apply), and where its result
 * goes.
 */
public record BatchItem(String name, Path photo, Path mask, Path result) {}
