package org.inpaintstudio.batch;

/** A photo of the input folder that the batch will not fill, and why (no mask, rectangles that do not fit). */
public record SkippedPhoto(String name, String reason) {}
