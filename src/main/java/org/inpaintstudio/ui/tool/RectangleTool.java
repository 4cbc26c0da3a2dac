package org.inpaintstudio.ui.tool;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import org.inpaintstudio.image.MaskRectangle;
import org.inpaintstudio.ui.common.Messages;
import org.inpaintstudio.ui.editor.EditorDocument;
import org.inpaintstudio.ui.editor.EditorViewModel;
import org.inpaintstudio.ui.editor.RectangleList;
import org.inpaintstudio.ui.editor.RectanglesEdit;
import org.inpaintstudio.ui.editor.ToolKind;

/**
 * Rectangles: drag on empty space to draw one, click one to select it, drag it to move, drag a handle to resize,
 * Delete removes it, the arrow keys nudge it (Shift: 10 pixels). The 51st is refused with a notice.
 */
public final class RectangleTool implements CanvasTool {
    private enum Mode {
        IDLE,
        DRAWING,
        MOVING,
        RESIZING
    }

    /** Handle half-size and the drag needed to start a new rectangle, in view pixels. */
    private static final double PICK = 6;

    private static final double MIN_DRAG = 3;

    private final EditorViewModel model;
    private final RectangleList rectangles;
    private Mode mode = Mode.IDLE;
    private List<MaskRectangle> before;
    private MaskRectangle original;
    private RectangleHandle handle;
    private int index = RectangleList.NONE;
    private CanvasPointer start;
    private Cursor cursor = Cursor.CROSSHAIR;
    private Node options;

    public RectangleTool(EditorViewModel model) {
        this.model = model;
        this.rectangles = model.rectangles();
    }

    @Override
    public ToolKind kind() {
        return ToolKind.RECTANGLE;
    }

    @Override
    public Cursor cursor() {
        return cursor;
    }

    @Override
    public Node options() {
        if (options == null) {
            Label count = new Label();
            count.setId("rectangle-count");
            count.textProperty()
                    .bind(Bindings.createStringBinding(
                            () -> Messages.format(
                                    "editor.rectangle.count", rectangles.items().size(), RectangleList.MAX),
                            rectangles.items()));
            options = ToolOptions.row(count, ToolOptions.hint(Messages.get("editor.rectangle.hint")));
        }
        return options;
    }

    @Override
    public void pressed(CanvasPointer pointer) {
        if (model.document() == null) {
            return;
        }
        before = rectangles.snapshot();
        start = pointer;
        MaskRectangle selected = rectangles.selectedRectangle();
        handle = selected == null ? null : RectangleHandle.at(selected, pointer.x(), pointer.y(), pickTolerance());
        if (handle != null) {
            begin(Mode.RESIZING, rectangles.selected());
            return;
        }
        int hit = rectangles.indexAt(pointer.x(), pointer.y());
        if (hit != RectangleList.NONE) {
            rectangles.select(hit);
            begin(Mode.MOVING, hit);
            return;
        }
        rectangles.select(RectangleList.NONE);
        if (rectangles.isFull()) {
            model.showNotice(Messages.format("editor.rectangle.limit", RectangleList.MAX));
            mode = Mode.IDLE;
            return;
        }
        begin(Mode.DRAWING, RectangleList.NONE);
    }

    private void begin(Mode newMode, int at) {
        mode = newMode;
        index = at;
        original = at == RectangleList.NONE ? null : rectangles.items().get(at);
    }

    @Override
    public void dragged(CanvasPointer pointer) {
        switch (mode) {
            case DRAWING -> draw(pointer);
            case MOVING -> move(pointer);
            case RESIZING -> resize(pointer);
            default -> {}
        }
    }

    private void draw(CanvasPointer pointer) {
        if (index == RectangleList.NONE
                && Math.hypot(pointer.viewX() - start.viewX(), pointer.viewY() - start.viewY()) < MIN_DRAG) {
            return;
        }
        int x0 = (int) Math.floor(Math.min(start.x(), pointer.x()));
        int y0 = (int) Math.floor(Math.min(start.y(), pointer.y()));
        int x1 = (int) Math.ceil(Math.max(start.x(), pointer.x()));
        int y1 = (int) Math.ceil(Math.max(start.y(), pointer.y()));
        MaskRectangle drawn = clip(new MaskRectangle(x0, y0, Math.max(1, x1 - x0), Math.max(1, y1 - y0)));
        if (drawn == null) {
            return;
        }
        if (index == RectangleList.NONE) {
            rectangles.items().add(drawn);
            index = rectangles.items().size() - 1;
            rectangles.select(index);
        } else {
            rectangles.items().set(index, drawn);
        }
    }

    private void resize(CanvasPointer pointer) {
        MaskRectangle resized =
                clip(handle.resize(original, (int) Math.round(pointer.x()), (int) Math.round(pointer.y())));
        if (resized != null) {
            rectangles.items().set(index, resized);
        }
    }

    private void move(CanvasPointer pointer) {
        EditorDocument doc = model.document();
        int x = original.x() + (int) Math.round(pointer.x() - start.x());
        int y = original.y() + (int) Math.round(pointer.y() - start.y());
        x = Math.max(0, Math.min(doc.width() - original.width(), x));
        y = Math.max(0, Math.min(doc.height() - original.height(), y));
        rectangles.items().set(index, new MaskRectangle(x, y, original.width(), original.height()));
    }

    @Override
    public void released(CanvasPointer pointer) {
        dragged(pointer);
        finishGesture();
    }

    private void finishGesture() {
        switch (mode) {
            case DRAWING -> record("history.rectangle.add");
            case MOVING -> record("history.rectangle.move");
            case RESIZING -> record("history.rectangle.resize");
            default -> {}
        }
        mode = Mode.IDLE;
    }

    @Override
    public void moved(CanvasPointer pointer) {
        MaskRectangle selected = rectangles.selectedRectangle();
        RectangleHandle over =
                selected == null ? null : RectangleHandle.at(selected, pointer.x(), pointer.y(), pickTolerance());
        if (over != null) {
            cursor = over.cursor();
        } else if (rectangles.indexAt(pointer.x(), pointer.y()) != RectangleList.NONE) {
            cursor = Cursor.MOVE;
        } else {
            cursor = Cursor.CROSSHAIR;
        }
    }

    @Override
    public boolean keyPressed(KeyEvent event) {
        MaskRectangle selected = rectangles.selectedRectangle();
        if (selected == null || mode != Mode.IDLE) {
            return false;
        }
        int step = event.isShiftDown() ? 10 : 1;
        before = rectangles.snapshot();
        switch (event.getCode()) {
            case DELETE, BACK_SPACE -> {
                rectangles.items().remove(rectangles.selected());
                rectangles.select(RectangleList.NONE);
                record("history.rectangle.delete");
            }
            case LEFT -> nudge(selected, -step, 0);
            case RIGHT -> nudge(selected, step, 0);
            case UP -> nudge(selected, 0, -step);
            case DOWN -> nudge(selected, 0, step);
            case ESCAPE -> rectangles.select(RectangleList.NONE);
            default -> {
                return false;
            }
        }
        return true;
    }

    private void nudge(MaskRectangle r, int dx, int dy) {
        EditorDocument doc = model.document();
        int x = Math.max(0, Math.min(doc.width() - r.width(), r.x() + dx));
        int y = Math.max(0, Math.min(doc.height() - r.height(), r.y() + dy));
        rectangles.items().set(rectangles.selected(), new MaskRectangle(x, y, r.width(), r.height()));
        record("history.rectangle.move");
    }

    @Override
    public void deactivate() {
        if (mode != Mode.IDLE) {
            finishGesture();
        }
    }

    private void record(String key) {
        RectanglesEdit edit = new RectanglesEdit(rectangles, before, rectangles.snapshot(), key);
        if (edit.changesAnything()) {
            model.history().record(edit);
        }
    }

    private MaskRectangle clip(MaskRectangle r) {
        EditorDocument doc = model.document();
        return r.clippedTo(doc.width(), doc.height());
    }

    private double pickTolerance() {
        return PICK / model.viewport().scale();
    }
}
