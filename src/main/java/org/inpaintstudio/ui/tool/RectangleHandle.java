package org.inpaintstudio.ui.tool;

import javafx.scene.Cursor;
import org.inpaintstudio.image.MaskRectangle;

/** The eight resize handles of a selected rectangle: which edges each one moves. */
public enum RectangleHandle {
    NORTH_WEST(0, 0, Cursor.NW_RESIZE),
    NORTH(0.5, 0, Cursor.N_RESIZE),
    NORTH_EAST(1, 0, Cursor.NE_RESIZE),
    EAST(1, 0.5, Cursor.E_RESIZE),
    SOUTH_EAST(1, 1, Cursor.SE_RESIZE),
    SOUTH(0.5, 1, Cursor.S_RESIZE),
    SOUTH_WEST(0, 1, Cursor.SW_RESIZE),
    WEST(0, 0.5, Cursor.W_RESIZE);

    private final double fx;
    private final double fy;
    private final Cursor cursor;

    RectangleHandle(double fx, double fy, Cursor cursor) {
        this.fx = fx;
        this.fy = fy;
        this.cursor = cursor;
    }

    public Cursor cursor() {
        return cursor;
    }

    /** Where the handle sits, in image coordinates. */
    public double x(MaskRectangle r) {
        return r.x() + fx * r.width();
    }

    public double y(MaskRectangle r) {
        return r.y() + fy * r.height();
    }

    /** The handle within {@code tolerance} image pixels of (x, y), or null. */
    public static RectangleHandle at(MaskRectangle r, double x, double y, double tolerance) {
        for (RectangleHandle handle : values()) {
            if (Math.abs(handle.x(r) - x) <= tolerance && Math.abs(handle.y(r) - y) <= tolerance) {
                return handle;
            }
        }
        return null;
    }

    /** The rectangle after dragging this handle to (x, y): the moved edges follow, at least one pixel remains. */
    public MaskRectangle resize(MaskRectangle r, int x, int y) {
        int left = r.x();
        int top = r.y();
        int right = r.x() + r.width();
        int bottom = r.y() + r.height();
        if (fx == 0) {
            left = Math.min(x, right - 1);
        } else if (fx == 1) {
            right = Math.max(x, left + 1);
        }
        if (fy == 0) {
            top = Math.min(y, bottom - 1);
        } else if (fy == 1) {
            bottom = Math.max(y, top + 1);
        }
        return new MaskRectangle(left, top, right - left, bottom - top);
    }
}
