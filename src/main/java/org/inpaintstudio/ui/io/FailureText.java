package org.inpaintstudio.ui.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.inpaintstudio.ui.common.Messages;

/** What to tell the user about a failure: the image package's messages already say what to do; others get one. */
final class FailureText {
    private FailureText() {}

    static String of(Throwable failure) {
        if (failure instanceof NoSuchFileException e) {
            return Messages.format("error.file.missing", e.getFile());
        }
        if (failure instanceof AccessDeniedException e) {
            return Messages.format("error.file.denied", e.getFile());
        }
        if (failure instanceof IOException e) {
            return Messages.format("error.file.io", String.valueOf(e.getMessage()));
        }
        String message = failure.getMessage();
        return message == null || message.isBlank() ? Messages.get("error.unexpected") : message;
    }
}
