package org.inpaintstudio.ui.editor;

/** A pixel of the image, e.g. the one under the pointer. */
public record PixelPosition(int x, int y) {}
