package org.inpaintstudio.ui.tool;

/**
 * A pointer event as tools see it: the position in image pixels (fractional; pixel (x, y) spans x..x+1), the
 * position in view pixels (for panning and pick tolerances), and the modifiers that change what tools do.
 */
public record CanvasPointer(
        double x, double y, double viewX, double viewY, boolean alt, boolean shift, int clickCount) {}
