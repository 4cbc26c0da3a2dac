package org.inpaintstudio.ui.io;

import java.nio.file.Path;
import java.util.Optional;

/** Asks the user for a file. The app shows the system's file dialogs; tests answer with a path of their own. */
public interface FilePicker {
    Optional<Path> chooseToOpen(FileKind kind);

    Optional<Path> chooseToSave(FileKind kind, String suggestedName);
}
