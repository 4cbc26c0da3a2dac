package org.inpaintstudio.ui.io;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.inpaintstudio.image.ImageFormat;
import org.inpaintstudio.image.MaskCodec;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.image.MaskRectangle;
import org.inpaintstudio.image.RectanglesJson;
import org.inpaintstudio.ui.common.BackgroundWork;
import org.inpaintstudio.ui.common.Dialogs;
import org.inpaintstudio.ui.common.Dialogs.Choice;
import org.inpaintstudio.ui.common.Messages;
import org.inpaintstudio.ui.editor.EditorDocument;
import org.inpaintstudio.ui.editor.EditorViewModel;
import org.inpaintstudio.ui.editor.RectangleList;

/**
 * Export and import: the mask as PNG (strokes and rectangles together, white = repair), the sampling area as PNG
 * (white = may be copied from) and the rectangles as the API's JSON, which cannot hold brush strokes, so exporting it with strokes on the image asks first.
 */
public final class MaskFiles {
    private final Window owner;
    private final EditorViewModel model;
    private final BackgroundWork tasks;
    private final FilePicker picker;

    public MaskFiles(Window owner, EditorViewModel model, BackgroundWork tasks, FilePicker picker) {
        this.owner = owner;
        this.model = model;
        this.tasks = tasks;
        this.picker = picker;
    }

    /** Asks where, writes the mask PNG, then runs {@code afterSuccess}. */
    public void exportMask(Runnable afterSuccess) {
        EditorDocument doc = model.document();
        if (doc != null) {
            picker.chooseToSave(FileKind.MASK_PNG, baseName(doc) + "-mask.png")
                    .ifPresent(target -> exportMaskTo(target, afterSuccess));
        }
    }

    public void exportMaskTo(Path target, Runnable afterSuccess) {
        MaskPlane union = model.maskUnion();
        run(
                () -> {
                    MaskCodec.writePng(union, target);
                    return null;
                },
                done -> {
                    model.markSaved();
                    model.statusTextProperty().set(Messages.format("status.exported.mask", target.getFileName()));
                    afterSuccess.run();
                },
                "dialog.export.failed");
    }

    /** Asks where, and writes where the fill may copy from as {@code <name>-sample.png} (white = may copy). */
    public void exportSamplingArea() {
        EditorDocument doc = model.document();
        if (doc != null && model.samplingArea() != null) {
            picker.chooseToSave(FileKind.MASK_PNG, baseName(doc) + "-sample.png")
                    .ifPresent(this::exportSamplingAreaTo);
        }
    }

    /** Nothing painted means anywhere: the file is then white all over. */
    public void exportSamplingAreaTo(Path target) {
        MaskPlane allowed = model.samplingArea().allowed();
        MaskPlane written = allowed != null ? allowed : everywhere(model.document());
        run(
                () -> {
                    MaskCodec.writePng(written, target);
                    return null;
                },
                done -> model.statusTextProperty().set(Messages.format("status.exported.sample", target.getFileName())),
                "dialog.export.failed");
    }

    public void importSamplingArea() {
        importMaskPng(plane -> model.maskActions().replaceSamplingArea(plane));
    }

    /** Reads a mask PNG of the open image's size in the background and hands it over if that image is still open. */
    private void importMaskPng(Consumer<MaskPlane> replace) {
        EditorDocument doc = model.document();
        if (doc != null) {
            picker.chooseToOpen(FileKind.MASK_PNG)
                    .ifPresent(source -> run(
                            () -> MaskCodec.read(source, doc.width(), doc.height()),
                            plane -> {
                                if (model.document() == doc) {
                                    replace.accept(plane);
                                    model.statusTextProperty()
                                            .set(Messages.format("status.imported", source.getFileName()));
                                }
                            },
                            "dialog.import.failed"));
        }
    }

    private static MaskPlane everywhere(EditorDocument doc) {
        MaskPlane all = new MaskPlane(doc.width(), doc.height());
        Arrays.fill(all.data(), MaskPlane.REPAIR);
        return all;
    }

    public void exportRectangles() {
        EditorDocument doc = model.document();
        if (doc == null) {
            return;
        }
        boolean strokes = model.hasStrokes();
        if (strokes && !confirmStrokesLeftOut()) {
            return;
        }
        picker.chooseToSave(FileKind.RECTANGLES_JSON, baseName(doc) + "-rectangles.json")
                .ifPresent(target -> {
                    List<MaskRectangle> rectangles = model.rectangles().snapshot();
                    run(
                            () -> {
                                RectanglesJson.write(rectangles, target);
                                return null;
                            },
                            done -> {
                                if (!strokes) {
                                    model.markSaved();
                                }
                                model.statusTextProperty()
                                        .set(Messages.format("status.exported.rectangles", target.getFileName()));
                            },
                            "dialog.export.failed");
                });
    }

    public void importMask() {
        importMaskPng(plane -> model.maskActions().replaceStrokes(plane));
    }

    public void importRectangles() {
        EditorDocument doc = model.document();
        if (doc != null) {
            picker.chooseToOpen(FileKind.RECTANGLES_JSON)
                    .ifPresent(source -> run(
                            () -> clipped(RectanglesJson.parse(Files.readString(source, StandardCharsets.UTF_8)), doc),
                            rectangles -> {
                                if (model.document() != doc) {
                                    return;
                                }
                                if (!model.maskActions().replaceRectangles(rectangles)) {
                                    Dialogs.error(
                                            owner,
                                            Messages.get("dialog.import.failed"),
                                            Messages.format(
                                                    "editor.rectangle.import.limit",
                                                    rectangles.size(),
                                                    RectangleList.MAX));
                                    return;
                                }
                                model.statusTextProperty()
                                        .set(Messages.format("status.imported", source.getFileName()));
                            },
                            "dialog.import.failed"));
        }
    }

    private boolean confirmStrokesLeftOut() {
        Choice export = Choice.of("dialog.strokes.export", ButtonData.OK_DONE, "export-anyway");
        Choice cancel = new Choice(ButtonType.CANCEL, "dialog-cancel");
        return Dialogs.ask(
                        owner,
                        "strokes-left-out-dialog",
                        Messages.get("dialog.strokes.header"),
                        Messages.get("dialog.strokes.detail"),
                        export,
                        cancel)
                .filter(export.type()::equals)
                .isPresent();
    }

    private <T> void run(Callable<T> work, Consumer<T> onSuccess, String failureHeaderKey) {
        model.busyProperty().set(true);
        tasks.create(work)
                .onSuccess(onSuccess)
                .onError(e -> Dialogs.error(owner, Messages.get(failureHeaderKey), FailureText.of(e)))
                .onFinally(() -> model.busyProperty().set(false))
                .run();
    }

    private static List<MaskRectangle> clipped(List<MaskRectangle> rectangles, EditorDocument doc) {
        return rectangles.stream()
                .map(r -> r.clippedTo(doc.width(), doc.height()))
                .filter(Objects::nonNull)
                .toList();
    }

    private static String baseName(EditorDocument doc) {
        return ImageFormat.baseName(doc.name());
    }
}
