package org.inpaintstudio.ui.editor;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.image.MaskRectangle;
import org.inpaintstudio.ui.common.BackgroundWork;
import org.inpaintstudio.ui.common.Messages;
import org.inpaintstudio.ui.history.History;
import org.inpaintstudio.ui.mask.EditableMask;

/**
 * The editor's state as properties: the document, its mask and rectangles, the history, the tool and brush, the
 * view, and the texts shown about them. Views bind to it; tools and menu actions call it. No controls here.
 */
public final class EditorViewModel {
    public static final int MIN_BRUSH = 1;
    public static final int MAX_BRUSH = 500;
    /** Undo history kept in memory; the oldest edits go first beyond it. */
    public static final long HISTORY_BUDGET = 384L * 1024 * 1024;

    private final ReadOnlyObjectWrapper<EditorDocument> document = new ReadOnlyObjectWrapper<>(this, "document");
    private final ReadOnlyObjectWrapper<EditableMask> mask = new ReadOnlyObjectWrapper<>(this, "mask");
    private final ReadOnlyObjectWrapper<SamplingArea> samplingArea = new ReadOnlyObjectWrapper<>(this, "samplingArea");
    private final BooleanProperty samplingAvailable = new SimpleBooleanProperty(this, "samplingAvailable", true);
    private final RectangleList rectangles = new RectangleList();
    private final History history = new History(HISTORY_BUDGET);
    private final Viewport viewport = new Viewport();
    private final ObjectProperty<ToolKind> tool = new SimpleObjectProperty<>(this, "tool", ToolKind.BRUSH);
    private final IntegerProperty brushSize = new SimpleIntegerProperty(this, "brushSize", 40);
    private final DoubleProperty overlayOpacity = new SimpleDoubleProperty(this, "overlayOpacity", 0.5);
    private final ReadOnlyDoubleWrapper maskedShare = new ReadOnlyDoubleWrapper(this, "maskedShare");
    private final ReadOnlyObjectWrapper<PixelPosition> cursor = new ReadOnlyObjectWrapper<>(this, "cursor");
    private final StringProperty statusText = new SimpleStringProperty(this, "statusText", "");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final ObjectProperty<Runnable> inpaintAction = new SimpleObjectProperty<>(this, "inpaintAction");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final BooleanBinding hasDocument = document.isNotNull();
    private final BooleanBinding canInpaint;
    private final MaskActions maskActions;
    private final SelectionActions selectionActions;

    /** A short message for the user that is not an error (e.g. why a rectangle was refused). */
    public record Notice(String text) {}

    /** @param tasks runs slow mask operations (grow, shrink) off the JavaFX thread */
    public EditorViewModel(BackgroundWork tasks) {
        maskActions = new MaskActions(this, tasks);
        selectionActions = new SelectionActions(this, tasks);
        title.bind(Bindings.createStringBinding(this::composeTitle, document, history.modifiedProperty()));
        history.revisionProperty().addListener((obs, old, now) -> updateMaskedShare());
        rectangles.items().addListener((ListChangeListener<MaskRectangle>) c -> updateMaskedShare());
        brushSize.addListener((obs, old, now) -> {
            int clamped = Math.max(MIN_BRUSH, Math.min(MAX_BRUSH, now.intValue()));
            if (clamped != now.intValue()) {
                brushSize.set(clamped);
            }
        });
        canInpaint = Bindings.createBooleanBinding(
                () -> document.get() != null && maskedShare.get() > 0 && inpaintAction.get() != null && !busy.get(),
                document,
                maskedShare,
                inpaintAction,
                busy);
    }

    /** Shows a newly opened image with an empty mask, no rectangles and a fresh history. */
    public void load(EditorDocument doc) {
        rectangles.select(RectangleList.NONE);
        rectangles.items().clear();
        mask.set(new EditableMask(new MaskPlane(doc.width(), doc.height())));
        samplingArea.set(new SamplingArea(doc.width(), doc.height()));
        history.clear();
        document.set(doc);
        viewport.setImageSize(doc.width(), doc.height());
        statusText.set(Messages.format("status.opened", doc.name(), doc.width(), doc.height()));
        updateMaskedShare();
    }

    /**
     * Shows another image of the same size with the given mask, keeping the history and the view: for edits that
     * replace the image itself, such as applying an inpainted result (and undoing that). The sampling area stays.
     */
    public void replaceImage(EditorDocument doc, EditableMask newMask) {
        if (doc.width() != newMask.width() || doc.height() != newMask.height()) {
            throw new IllegalArgumentException("the mask must have the image's size");
        }
        mask.set(newMask);
        document.set(doc);
        updateMaskedShare();
    }

    public void undo() {
        if (!isEditing()) {
            history.undo();
        }
    }

    public void redo() {
        if (!isEditing()) {
            history.redo();
        }
    }

    /** The mask is exported: the title loses its unsaved mark. */
    public void markSaved() {
        history.markSaved();
    }

    public void adjustBrushSize(int direction) {
        int size = brushSize.get();
        int step = Math.max(1, (int) Math.round(size * 0.15));
        brushSize.set(size + direction * step);
    }

    public void showNotice(String text) {
        notice.set(new Notice(text));
    }

    /** The pointer is over image pixel (x, y), or off the image when null. */
    public void setCursor(PixelPosition pixel) {
        cursor.set(pixel);
    }

    /**
     * Where the next fill may copy from (white), or null for anywhere: nothing painted, or a backend that cannot
     * be told (a remote service).
     */
    public MaskPlane samplingAllowed() {
        SamplingArea area = samplingArea.get();
        return area == null || !samplingAvailable.get() ? null : area.allowed();
    }

    /** The strokes and rectangles together, as one plane (for export and the inpaint request). */
    public MaskPlane maskUnion() {
        return MaskUnion.of(mask.get().plane(), rectangles.snapshot());
    }

    public boolean hasStrokes() {
        return mask.get() != null && mask.get().repairCount() > 0;
    }

    public MaskActions maskActions() {
        return maskActions;
    }

    /** Magic wand and select object: background selections into the mask. */
    public SelectionActions selectionActions() {
        return selectionActions;
    }

    /** A stroke is being drawn, or a task is running: the mask must not change under it. */
    private boolean isEditing() {
        return busy.get()
                || mask.get() != null && mask.get().isEditing()
                || samplingArea.get() != null && samplingArea.get().painted().isEditing();
    }

    private void updateMaskedShare() {
        EditableMask current = mask.get();
        if (current == null) {
            maskedShare.set(0);
            return;
        }
        MaskPlane plane = current.plane();
        List<MaskRectangle> rects = rectangles.snapshot();
        long covered = MaskUnion.count(plane, current.repairCount(), rects);
        maskedShare.set(covered / ((double) plane.width() * plane.height()));
    }

    private String composeTitle() {
        EditorDocument doc = document.get();
        if (doc == null) {
            return Messages.get("app.name");
        }
        String name = history.modifiedProperty().get() ? doc.name() + " \u2022" : doc.name();
        return Messages.format("window.title.document", name);
    }

    public ReadOnlyObjectProperty<EditorDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    public EditorDocument document() {
        return document.get();
    }

    public BooleanBinding hasDocument() {
        return hasDocument;
    }

    public ReadOnlyObjectProperty<EditableMask> maskProperty() {
        return mask.getReadOnlyProperty();
    }

    public EditableMask mask() {
        return mask.get();
    }

    /** The sampling area layer of the image on screen, or null before one is opened. */
    public SamplingArea samplingArea() {
        return samplingArea.get();
    }

    public ReadOnlyObjectProperty<SamplingArea> samplingAreaProperty() {
        return samplingArea.getReadOnlyProperty();
    }

    /** False while a backend without sampling areas is chosen: the layer is kept but not used or edited. */
    public BooleanProperty samplingAvailableProperty() {
        return samplingAvailable;
    }

    public RectangleList rectangles() {
        return rectangles;
    }

    public History history() {
        return history;
    }

    public Viewport viewport() {
        return viewport;
    }

    public ObjectProperty<ToolKind> toolProperty() {
        return tool;
    }

    public IntegerProperty brushSizeProperty() {
        return brushSize;
    }

    public DoubleProperty overlayOpacityProperty() {
        return overlayOpacity;
    }

    public ReadOnlyDoubleProperty maskedShareProperty() {
        return maskedShare.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PixelPosition> cursorProperty() {
        return cursor.getReadOnlyProperty();
    }

    public StringProperty statusTextProperty() {
        return statusText;
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObjectProperty<Runnable> inpaintActionProperty() {
        return inpaintAction;
    }

    public BooleanBinding canInpaint() {
        return canInpaint;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return history.modifiedProperty().get();
    }
}
