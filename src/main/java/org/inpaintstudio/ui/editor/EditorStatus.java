package org.inpaintstudio.ui.editor;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import org.inpaintstudio.ui.common.Messages;

/** The status bar's texts, derived from the view model: image size, zoom, tool, pointer position, share masked. */
public final class EditorStatus {
    private final StringBinding size;
    private final StringBinding zoom;
    private final StringBinding tool;
    private final StringBinding cursor;
    private final StringBinding masked;

    public EditorStatus(EditorViewModel model) {
        size = Bindings.createStringBinding(
                () -> {
                    EditorDocument doc = model.document();
                    return doc == null ? "" : Messages.format("status.size", doc.width(), doc.height());
                },
                model.documentProperty());
        zoom = Bindings.createStringBinding(
                () -> model.document() == null
                        ? ""
                        : Messages.format(
                                "status.zoom", Math.round(model.viewport().zoom() * 100)),
                model.documentProperty(),
                model.viewport().scaleProperty(),
                model.viewport().deviceScaleProperty());
        tool = Bindings.createStringBinding(
                () -> Messages.get(model.toolProperty().get().nameKey()), model.toolProperty());
        cursor = Bindings.createStringBinding(
                () -> {
                    PixelPosition p = model.cursorProperty().get();
                    return p == null ? "" : Messages.format("status.cursor", p.x(), p.y());
                },
                model.cursorProperty());
        masked = Bindings.createStringBinding(
                () -> model.document() == null
                        ? ""
                        : Messages.format(
                                "status.masked", model.maskedShareProperty().get() * 100),
                model.documentProperty(),
                model.maskedShareProperty());
    }

    public StringBinding size() {
        return size;
    }

    public StringBinding zoom() {
        return zoom;
    }

    public StringBinding tool() {
        return tool;
    }

    public StringBinding cursor() {
        return cursor;
    }

    public StringBinding masked() {
        return masked;
    }
}
