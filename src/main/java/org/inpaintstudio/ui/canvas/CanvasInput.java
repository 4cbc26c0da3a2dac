package org.inpaintstudio.ui.canvas;

import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.inpaintstudio.ui.editor.EditorViewModel;
import org.inpaintstudio.ui.editor.PixelPosition;
import org.inpaintstudio.ui.editor.ToolKind;
import org.inpaintstudio.ui.tool.CanvasPointer;
import org.inpaintstudio.ui.tool.CanvasTool;
import org.inpaintstudio.ui.tool.ToolBox;

/**
 * Turns mouse, wheel and key events on the canvas into tool calls. The middle button and space-drag pan with any
 * tool; the wheel zooms around the pointer. The tool that got the press gets the drag and release.
 */
final class CanvasInput {
    /** Pixels per wheel notch when the platform does not say (it usually reports 40 as the multiplier). */
    private static final double WHEEL_NOTCH = 40;

    private final EditorViewModel model;
    private final ToolBox tools;
    private final Node surface;
    private final BrushCursor brush;
    private CanvasTool gesture;
    private boolean spaceHeld;
    private boolean pointerInside;

    CanvasInput(EditorViewModel model, ToolBox tools, Node surface, Node keyTarget, BrushCursor brush) {
        this.model = model;
        this.tools = tools;
        this.surface = surface;
        this.brush = brush;
        surface.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        surface.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        surface.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        surface.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        surface.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
            pointerInside = true;
            moved(e);
        });
        surface.addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            pointerInside = false;
            model.setCursor(null);
            refreshCursor();
        });
        surface.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        keyTarget.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        keyTarget.addEventHandler(KeyEvent.KEY_RELEASED, this::keyReleased);
        model.toolProperty().addListener(obs -> refreshCursor());
        model.documentProperty().addListener(obs -> refreshCursor());
    }

    private void pressed(MouseEvent e) {
        surface.getParent().requestFocus();
        if (model.document() == null || gesture != null) {
            return;
        }
        boolean pan = e.getButton() == MouseButton.MIDDLE || (spaceHeld && e.getButton() == MouseButton.PRIMARY);
        if (pan) {
            gesture = tools.get(ToolKind.PAN);
        } else if (e.getButton() == MouseButton.PRIMARY) {
            gesture = tools.active();
        }
        if (gesture != null) {
            gesture.pressed(pointer(e));
            refreshCursor();
        }
        e.consume();
    }

    private void dragged(MouseEvent e) {
        track(e);
        if (gesture != null) {
            gesture.dragged(pointer(e));
        }
        e.consume();
    }

    private void released(MouseEvent e) {
        if (gesture != null && (e.getButton() == MouseButton.PRIMARY || e.getButton() == MouseButton.MIDDLE)) {
            CanvasTool finished = gesture;
            gesture = null;
            finished.released(pointer(e));
            refreshCursor();
        }
        e.consume();
    }

    private void moved(MouseEvent e) {
        track(e);
        if (model.document() != null) {
            tools.active().moved(pointer(e));
        }
        refreshCursor();
    }

    private void scrolled(ScrollEvent e) {
        if (model.document() != null && e.getDeltaY() != 0) {
            double perNotch = e.getMultiplierY() > 0 ? e.getMultiplierY() : WHEEL_NOTCH;
            model.viewport().zoomByWheel(e.getDeltaY() / perNotch, e.getX(), e.getY());
            track(e.getX(), e.getY());
            e.consume();
        }
    }

    private void keyPressed(KeyEvent e) {
        if (e.getCode() == KeyCode.SPACE) {
            spaceHeld = true;
            refreshCursor();
            e.consume();
        } else if (model.document() != null && gesture == null && tools.active().keyPressed(e)) {
            e.consume();
        }
    }

    private void keyReleased(KeyEvent e) {
        if (e.getCode() == KeyCode.SPACE) {
            spaceHeld = false;
            refreshCursor();
            e.consume();
        }
    }

    private void track(MouseEvent e) {
        track(e.getX(), e.getY());
    }

    /** Status bar position and brush outline follow the pointer. */
    private void track(double viewX, double viewY) {
        brush.moveTo(viewX, viewY);
        if (model.document() == null) {
            return;
        }
        int x = (int) Math.floor(model.viewport().toImageX(viewX));
        int y = (int) Math.floor(model.viewport().toImageY(viewY));
        boolean inside = x >= 0
                && y >= 0
                && x < model.document().width()
                && y < model.document().height();
        model.setCursor(inside ? new PixelPosition(x, y) : null);
    }

    private CanvasPointer pointer(MouseEvent e) {
        return new CanvasPointer(
                model.viewport().toImageX(e.getX()),
                model.viewport().toImageY(e.getY()),
                e.getX(),
                e.getY(),
                e.isAltDown(),
                e.isShiftDown(),
                e.getClickCount());
    }

    private void refreshCursor() {
        boolean panning = spaceHeld || (gesture != null && gesture.kind() == ToolKind.PAN);
        CanvasTool shown = panning ? tools.get(ToolKind.PAN) : tools.active();
        boolean open = model.document() != null;
        surface.setCursor(open ? shown.cursor() : Cursor.DEFAULT);
        ToolKind kind = shown.kind();
        brush.setVisible(open && pointerInside && kind.paintsWithBrush());
    }
}
