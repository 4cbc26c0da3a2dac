package org.inpaintstudio.ui.io;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.stage.Window;
import org.inpaintstudio.image.DecodedImage;
import org.inpaintstudio.image.ImageFiles;
import org.inpaintstudio.image.ImageLimits;
import org.inpaintstudio.ui.common.BackgroundWork;
import org.inpaintstudio.ui.common.Dialogs;
import org.inpaintstudio.ui.common.Dialogs.Choice;
import org.inpaintstudio.ui.common.Messages;
import org.inpaintstudio.ui.editor.EditorDocument;
import org.inpaintstudio.ui.editor.EditorViewModel;
import org.inpaintstudio.ui.settings.Settings;

/**
 * Every way an image comes in (file dialog, drop, paste, command line, recent files) ends here: decode in the
 * background, a clear message on failure (the current work stays), then offer the autosave if there is one.
 */
public final class DocumentOpener {
    private final Window owner;
    private final EditorViewModel model;
    private final BackgroundWork tasks;
    private final Autosaver autosaver;
    private final UnsavedWorkGuard guard;
    private final Settings settings;
    private final FilePicker picker;

    /** An image read in the background, with its autosave if one was found. */
    private record Loaded(EditorDocument document, Optional<AutosaveStore.Saved> autosave) {}

    public DocumentOpener(
            Window owner,
            EditorViewModel model,
            BackgroundWork tasks,
            Autosaver autosaver,
            UnsavedWorkGuard guard,
            Settings settings,
            FilePicker picker) {
        this.owner = owner;
        this.model = model;
        this.tasks = tasks;
        this.autosaver = autosaver;
        this.guard = guard;
        this.settings = settings;
        this.picker = picker;
    }

    public void chooseAndOpen() {
        picker.chooseToOpen(FileKind.IMAGE).ifPresent(this::open);
    }

    public void open(Path file) {
        guard.thenLeave(() -> load(
                () -> {
                    DecodedImage decoded = ImageFiles.read(file, ImageLimits.EDITOR);
                    String key = AutosaveStore.keyFor(file);
                    return document(file.getFileName().toString(), file, decoded.image(), key);
                },
                file.getFileName().toString(),
                file));
    }

    /** An image without a file (pasted, or dropped from a browser). */
    public void open(BufferedImage image, String name) {
        guard.thenLeave(() -> load(() -> document(name, null, image, AutosaveStore.keyFor(image)), name, null));
    }

    /** Opens what the clipboard holds: a copied file, or image pixels. */
    public void paste() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        List<File> files = clipboard.hasFiles() ? clipboard.getFiles() : List.of();
        if (!files.isEmpty()) {
            open(files.get(0).toPath());
        } else if (clipboard.hasImage()) {
            openFx(clipboard.getImage(), Messages.get("editor.pasted.name"));
        } else {
            model.showNotice(Messages.get("editor.paste.empty"));
        }
    }

    /** A JavaFX image (paste, drop): converted to pixels we can send and save. */
    public void openFx(Image image, String name) {
        open(SwingFXUtils.fromFXImage(image, null), name);
    }

    private void load(Callable<EditorDocument> read, String name, Path file) {
        model.busyProperty().set(true);
        model.statusTextProperty().set(Messages.format("status.opening", name));
        tasks.create(() -> {
                    EditorDocument doc = read.call();
                    return new Loaded(doc, autosaver.store().load(doc.autosaveKey(), doc.width(), doc.height()));
                })
                .onSuccess(loaded -> {
                    model.load(loaded.document());
                    if (file != null) {
                        settings.addRecent(file);
                    }
                    loaded.autosave().ifPresent(saved -> offerRestore(loaded.document(), saved));
                })
                .onError(e -> {
                    model.statusTextProperty().set(Messages.format("status.open.failed", name));
                    Dialogs.error(owner, Messages.format("dialog.open.failed", name), FailureText.of(e));
                })
                .onFinally(() -> model.busyProperty().set(false))
                .run();
    }

    private void offerRestore(EditorDocument doc, AutosaveStore.Saved saved) {
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(Messages.locale())
                .format(saved.savedAt().atZone(ZoneId.systemDefault()));
        Choice restore = Choice.of("dialog.restore.yes", ButtonData.YES, "restore-yes");
        Choice discard = Choice.of("dialog.restore.no", ButtonData.NO, "restore-no");
        boolean yes = Dialogs.ask(
                        owner,
                        "restore-dialog",
                        Messages.format("dialog.restore.header", doc.name()),
                        Messages.format("dialog.restore.detail", when),
                        restore,
                        discard)
                .filter(restore.type()::equals)
                .isPresent();
        if (model.document() != doc) {
            return;
        }
        if (yes) {
            model.maskActions().restore(saved.strokes(), saved.rectangles(), saved.sampled(), saved.mode());
            model.statusTextProperty().set(Messages.get("status.restored"));
        } else {
            tasks.create(() -> {
                        autosaver.store().delete(doc.autosaveKey());
                        return null;
                    })
                    .run();
        }
    }

    private static EditorDocument document(String name, Path path, BufferedImage image, String key) {
        return new EditorDocument(name, path, image, SwingFXUtils.toFXImage(image, null), key);
    }
}
