package org.inpaintstudio.backend;

import org.inpaintstudio.api.TaskState;

/** A task ends in a failure state of API.md, with a message saying why and what to do. */
final class TaskFailure extends Exception {
    private static final long serialVersionUID = 1L;

    private final TaskState state;

    TaskFailure(TaskState state, String message) {
        super(message, null, false, false);
        if (!state.isFailure()) {
            throw new IllegalArgumentException(state + " is not a failure");
        }
        this.state = state;
    }

    TaskState state() {
        return state;
    }
}
