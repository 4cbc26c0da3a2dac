package org.inpaintstudio.ui.tool;

import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import org.inpaintstudio.image.MaskRectangle;
import org.inpaintstudio.selection.ObjectSelector;
import org.inpaintstudio.selection.SelectionHints;
import org.inpaintstudio.ui.common.Messages;
import org.inpaintstudio.ui.editor.EditorViewModel;
import org.inpaintstudio.ui.editor.SelectionActions.Combine;
import org.inpaintstudio.ui.editor.ToolKind;
import org.inpaintstudio.ui.mask.EditableMask;

/**
 * Select object: drag a rectangle around an object and its mask (grown by the slider's pixels) is added to the
 * mask. Then Shift-drag over parts that belong to the object, Alt-drag over parts that do not: each stroke cuts
 * again with all strokes so far and replaces the previous result, as one more undoable edit.
 */
public final class SelectObjectTool implements CanvasTool {
    /** Half the width of a refining stroke, in view pixels (what the user sees at any zoom). */
    private static final double STROKE_RADIUS = 5;

    private static final double MAX_GROW_SLIDER = 50;

    private enum Mode {
        IDLE,
        RECTANGLE,
        STROKE
    }

    private final EditorViewModel model;
    private final IntegerProperty grow = new SimpleIntegerProperty(this, "grow", ObjectSelector.DEFAULT_GROW);
    private final Rectangle outline = new Rectangle();
    private final Group strokes = new Group();
    private final Group preview = new Group(outline, strokes);
    private Node options;
    private Mode mode = Mode.IDLE;
    private double startX;
    private double startY;
    private double lastX;
    private double lastY;
    private byte strokeMark;
    private Polyline strokeLine;
    private Session session;

    /** The selection being refined: the mask before it, its rectangle, its strokes, the history after it. */
    private static final class Session {
        final EditableMask mask;
        final byte[] base;
        final MaskRectangle rect;
        final SelectionHints hints;
        long revision = -1;

        Session(EditableMask mask, MaskRectangle rect) {
            this.mask = mask;
            this.base = mask.plane().data().clone();
            this.rect = rect;
            this.hints = new SelectionHints(mask.width(), mask.height());
        }
    }

    public SelectObjectTool(EditorViewModel model) {
        this.model = model;
        outline.getStyleClass().add("outline-preview");
        outline.setMouseTransparent(true);
        outline.strokeWidthProperty().bind(Bindings.divide(1.5, model.viewport().scaleProperty()));
        outline.getStrokeDashArray().setAll(4.0, 4.0);
        outline.setVisible(false);
        strokes.setMouseTransparent(true);
    }

    @Override
    public ToolKind kind() {
        return ToolKind.SELECT_OBJECT;
    }

    @Override
    public Cursor cursor() {
        return Cursor.CROSSHAIR;
    }

    @Override
    public Node options() {
        if (options == null) {
            Label hint = new Label(Messages.get("editor.object.hint"));
            hint.getStyleClass().add("tool-hint");
            options = ToolOptions.row(SelectionOptions.join(
                    SelectionOptions.slider(
                            "object-grow",
                            "editor.object.grow",
                            "editor.object.grow.tooltip",
                            "editor.object.grow.value",
                            0,
                            (int) MAX_GROW_SLIDER,
                            grow),
                    SelectionOptions.progress(model.selectionActions()),
                    new Node[] {hint}));
        }
        return options;
    }

    @Override
    public Node preview() {
        return preview;
    }

    @Override
    public void pressed(CanvasPointer pointer) {
        if (model.mask() == null || model.busyProperty().get()) {
            return;
        }
        startX = pointer.x();
        startY = pointer.y();
        lastX = startX;
        lastY = startY;
        if (pointer.shift() || pointer.alt()) {
            if (!sessionIsCurrent()) {
                model.showNotice(Messages.get("editor.object.first"));
                return;
            }
            mode = Mode.STROKE;
            strokeMark = pointer.alt() ? SelectionHints.BACKGROUND : SelectionHints.OBJECT;
            strokeLine = new Polyline(startX, startY);
            strokeLine.getStyleClass().add(pointer.alt() ? "background-stroke" : "object-stroke");
            strokeLine
                    .strokeWidthProperty()
                    .bind(Bindings.divide(2 * STROKE_RADIUS, model.viewport().scaleProperty()));
            strokes.getChildren().add(strokeLine);
            mark(pointer);
        } else {
            mode = Mode.RECTANGLE;
            showOutline(startX, startY, startX, startY);
        }
    }

    @Override
    public void dragged(CanvasPointer pointer) {
        if (mode == Mode.RECTANGLE) {
            showOutline(startX, startY, pointer.x(), pointer.y());
        } else if (mode == Mode.STROKE) {
            mark(pointer);
        }
    }

    @Override
    public void released(CanvasPointer pointer) {
        Mode finished = mode;
        mode = Mode.IDLE;
        if (finished == Mode.RECTANGLE) {
            selectIn(pointer);
        } else if (finished == Mode.STROKE) {
            mark(pointer);
            run("history.select.refine");
        }
    }

    @Override
    public void deactivate() {
        mode = Mode.IDLE;
        clearPreview();
    }

    private void selectIn(CanvasPointer pointer) {
        EditableMask mask = model.mask();
        int x0 = clamp(Math.floor(Math.min(startX, pointer.x())), mask.width());
        int y0 = clamp(Math.floor(Math.min(startY, pointer.y())), mask.height());
        int x1 = clamp(Math.ceil(Math.max(startX, pointer.x())), mask.width());
        int y1 = clamp(Math.ceil(Math.max(startY, pointer.y())), mask.height());
        if (x1 - x0 < ObjectSelector.MIN_SIDE || y1 - y0 < ObjectSelector.MIN_SIDE) {
            clearPreview();
            model.showNotice(Messages.format("editor.object.small", ObjectSelector.MIN_SIDE));
            return;
        }
        session = new Session(mask, new MaskRectangle(x0, y0, x1 - x0, y1 - y0));
        run("history.select.object");
    }

    /** Runs select-object for the session with its strokes so far; the result replaces the session's last one. */
    private void run(String historyKey) {
        Session current = session;
        SelectionHints hints = current.hints.isEmpty() ? null : current.hints.copy();
        int pixels = grow.get();
        boolean started = model.selectionActions()
                .run(
                        (image, cancel, progress) ->
                                ObjectSelector.select(image, current.rect, hints, pixels, cancel, progress::accept),
                        current.base,
                        Combine.ADD,
                        historyKey,
                        () -> {
                            current.revision =
                                    model.history().revisionProperty().get();
                            clearPreview();
                        });
        if (!started) {
            clearPreview();
        }
    }

    /** Strokes refine the last selection only while nothing else has changed the mask since. */
    private boolean sessionIsCurrent() {
        return session != null
                && session.mask == model.mask()
                && session.revision == model.history().revisionProperty().get();
    }

    private void mark(CanvasPointer pointer) {
        double radius = STROKE_RADIUS / model.viewport().scale();
        session.hints.stroke(lastX, lastY, pointer.x(), pointer.y(), radius, strokeMark);
        lastX = pointer.x();
        lastY = pointer.y();
        strokeLine.getPoints().addAll(lastX, lastY);
    }

    private void showOutline(double ax, double ay, double bx, double by) {
        outline.setX(Math.min(ax, bx));
        outline.setY(Math.min(ay, by));
        outline.setWidth(Math.abs(bx - ax));
        outline.setHeight(Math.abs(by - ay));
        outline.setVisible(true);
    }

    private void clearPreview() {
        outline.setVisible(false);
        strokes.getChildren().clear();
    }

    private static int clamp(double v, int max) {
        return (int) Math.max(0, Math.min(max, v));
    }

    public IntegerProperty growProperty() {
        return grow;
    }
}
