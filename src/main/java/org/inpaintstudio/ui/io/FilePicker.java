package org.inpaintstudio.ui.io;

import java.nio.file.Path;
import java.util.Optional;

/** Asks the user for a file. The app shows the system's file dialogs; tests answer with a path of their own. */
public interface FilePicker {
    Optional<Path> chooseToOpen(FileKind kind);

    Optional<Path> chooseToSave(FileKind kind, String suggestedName);

    /** Asks for a folder; {@code titleKey} is the message key of the dialog's title. */
    Optional<Path> chooseFolder(String titleKey);

    /** Asks where to save, starting in the suggested file's folder (e.g. beside the original image). */
    default Optional<Path> chooseToSave(FileKind kind, Path suggested) {
        return chooseToSave(kind, suggested.getFileName().toString());
    }
}
