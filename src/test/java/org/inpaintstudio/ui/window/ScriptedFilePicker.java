package org.inpaintstudio.ui.window;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.inpaintstudio.ui.io.FileKind;
import org.inpaintstudio.ui.io.FilePicker;

/** Answers the file dialogs with the paths a test queued, as if the user had picked them. */
final class ScriptedFilePicker implements FilePicker {
    private final Deque<Path> answers = new ArrayDeque<>();

    void willChoose(Path path) {
        answers.add(path);
    }

    @Override
    public Optional<Path> chooseToOpen(FileKind kind) {
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<Path> chooseToSave(FileKind kind, String suggestedName) {
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<Path> chooseFolder(String titleKey) {
        return Optional.ofNullable(answers.poll());
    }
}
