package org.inpaintstudio.ui.result;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.stage.Window;
import org.inpaintstudio.image.ImageFiles;
import org.inpaintstudio.image.ImageFormat;
import org.inpaintstudio.ui.common.BackgroundWork;
import org.inpaintstudio.ui.common.Dialogs;
import org.inpaintstudio.ui.common.Dialogs.Choice;
import org.inpaintstudio.ui.common.Messages;
import org.inpaintstudio.ui.editor.EditorViewModel;
import org.inpaintstudio.ui.inpaint.InpaintedImage;
import org.inpaintstudio.ui.io.FileKind;
import org.inpaintstudio.ui.io.FilePicker;
import org.inpaintstudio.ui.settings.InpaintSettings;

/**
 * Save and Save As for a result. Save writes {@code <name>-inpainted.<ext>} beside the original (asking before it
 * replaces an earlier one), or over a batch result opened from the batch window to be fixed; Save As asks where, in the format of the name's extension. Writing goes through a
 * temporary file moved into place, in the background; the original is never overwritten without a confirmation.
 */
public final class ResultSaver {
    private final Window owner;
    private final EditorViewModel model;
    private final FilePicker picker;
    private final BackgroundWork tasks;
    private final InpaintSettings settings;
    private final BatchResultFiles batchResults;
    private InpaintedImage lastSaved;
    private Path lastTarget;

    public ResultSaver(
            Window owner,
            EditorViewModel model,
            FilePicker picker,
            BackgroundWork tasks,
            InpaintSettings settings,
            BatchResultFiles batchResults) {
        this.owner = owner;
        this.batchResults = batchResults;
        this.model = model;
        this.picker = picker;
        this.tasks = tasks;
        this.settings = settings;
    }

    public void save(InpaintedImage result) {
        if (result == null) {
            return;
        }
        if (result == lastSaved) {
            write(result, lastTarget);
            return;
        }
        if (batchResults.contains(result.source().path())) {
            write(result, result.source().path());
            return;
        }
        Path target = SaveNames.defaultTarget(result.source());
        if (target == null) {
            saveAs(result);
        } else if (!Files.exists(target)
                || confirm(
                        "result-replace-dialog",
                        Messages.format("result.replace.header", target.getFileName()),
                        Messages.get("result.replace.detail"),
                        Choice.of("result.replace.yes", ButtonData.YES, "result-replace-yes"))) {
            write(result, target);
        }
    }

    public void saveAs(InpaintedImage result) {
        if (result == null) {
            return;
        }
        String name = SaveNames.defaultName(result.source().name());
        Path suggested = SaveNames.defaultTarget(result.source());
        (suggested == null ? picker.chooseToSave(FileKind.IMAGE, name) : picker.chooseToSave(FileKind.IMAGE, suggested))
                .ifPresent(target -> {
                    if (!SaveNames.isOriginal(target, result.source())
                            || confirm(
                                    "result-overwrite-dialog",
                                    Messages.format("result.overwrite.header", target.getFileName()),
                                    Messages.get("result.overwrite.detail"),
                                    Choice.of("result.overwrite.yes", ButtonData.YES, "result-overwrite-yes"))) {
                        write(result, target);
                    }
                });
    }

    private boolean confirm(String id, String header, String detail, Choice yes) {
        Choice no = Choice.of("result.overwrite.no", ButtonData.CANCEL_CLOSE, "result-cancel");
        return Dialogs.ask(owner, id, header, detail, yes, no)
                .filter(yes.type()::equals)
                .isPresent();
    }

    private void write(InpaintedImage result, Path target) {
        int quality = settings.jpegQualityProperty().get();
        tasks.create(() -> {
                    // The extension picks the format; an unknown one is refused by the write with a message saying so.
                    ImageFormat format = ImageFormat.fromFileName(
                                    target.getFileName().toString())
                            .orElse(ImageFormat.PNG);
                    ImageFiles.write(result.image(), target, SaveNames.options(format, quality));
                    return target;
                })
                .onSuccess(saved -> {
                    lastSaved = result;
                    lastTarget = saved;
                    model.statusTextProperty().set(Messages.format("result.saved", saved));
                })
                .onError(e -> Dialogs.error(
                        owner, Messages.format("result.save.failed", target.getFileName()), e.getMessage()))
                .run();
    }
}
