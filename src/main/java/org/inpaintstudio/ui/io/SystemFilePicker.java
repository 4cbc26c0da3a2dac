package org.inpaintstudio.ui.io;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.inpaintstudio.ui.common.Messages;

/** The system's open and save dialogs; remembers the last folder used. */
public final class SystemFilePicker implements FilePicker {
    private final Window owner;
    private File lastFolder;

    public SystemFilePicker(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseToOpen(FileKind kind) {
        return remember(chooser(kind, "dialog.open.title").showOpenDialog(owner));
    }

    @Override
    public Optional<Path> chooseToSave(FileKind kind, String suggestedName) {
        FileChooser chooser = chooser(kind, "dialog.save.title");
        chooser.setInitialFileName(suggestedName);
        return remember(chooser.showSaveDialog(owner));
    }

    @Override
    public Optional<Path> chooseToSave(FileKind kind, Path suggested) {
        FileChooser chooser = chooser(kind, "dialog.save.title");
        chooser.setInitialFileName(suggested.getFileName().toString());
        File folder = suggested.toAbsolutePath().getParent().toFile();
        if (folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        return remember(chooser.showSaveDialog(owner));
    }

    @Override
    public Optional<Path> chooseFolder(String titleKey) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Messages.get(titleKey));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File chosen = chooser.showDialog(owner);
        if (chosen == null) {
            return Optional.empty();
        }
        lastFolder = chosen;
        return Optional.of(chosen.toPath());
    }

    private FileChooser chooser(FileKind kind, String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get(titleKey));
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(Messages.get(kind.descriptionKey()), kind.patterns()));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    private Optional<Path> remember(File chosen) {
        if (chosen == null) {
            return Optional.empty();
        }
        lastFolder = chosen.getParentFile();
        return Optional.of(chosen.toPath());
    }
}
