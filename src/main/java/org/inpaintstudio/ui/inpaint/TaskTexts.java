package org.inpaintstudio.ui.inpaint;

import org.inpaintstudio.api.TaskState;
import org.inpaintstudio.backend.TaskNotice;
import org.inpaintstudio.backend.TaskProblem;
import org.inpaintstudio.ui.common.Messages;

/**
 * What the editor says about a task, in the user's language: each state, each failure state of API.md and each
 * kind of problem (HTTP status, network, TLS...) with what to do about it.
 */
final class TaskTexts {
    private TaskTexts() {}

    static String state(TaskState state) {
        return Messages.get(
                switch (state) {
                    case QUEUED -> "inpaint.state.queued";
                    case PREPARING -> "inpaint.state.preparing";
                    case WAITING -> "inpaint.state.waiting";
                    case PROCESSING -> "inpaint.state.processing";
                    default -> "inpaint.state.done";
                });
    }

    /** A task that ended in a failure state (a negative code). */
    static String failed(TaskState state) {
        return Messages.format(
                switch (state) {
                    case RESULT_STORAGE_FAILED -> "inpaint.failed.storage";
                    case IMAGE_URL_DOWNLOAD_FAILED -> "inpaint.failed.download";
                    case IMAGE_URL_TOO_LARGE -> "inpaint.failed.tooLarge";
                    case INVALID_IMAGE -> "inpaint.failed.invalidImage";
                    case TIMED_OUT -> "inpaint.failed.timedOut";
                    default -> "inpaint.failed.repair";
                },
                state.code());
    }

    /** A task that could not run: refused, unreachable, not sent. {0} is the HTTP status, {1} the detail. */
    static String problem(TaskProblem problem) {
        String key = switch (problem.kind()) {
            case INVALID_REQUEST -> "inpaint.problem.invalid";
            case BAD_REQUEST -> "inpaint.problem.badRequest";
            case UNAUTHORIZED -> "inpaint.problem.unauthorized";
            case NOT_FOUND -> "inpaint.problem.notFound";
            case TOO_LARGE -> "inpaint.problem.tooLarge";
            case RATE_LIMITED -> "inpaint.problem.rateLimited";
            case SERVER_ERROR -> "inpaint.problem.server";
            case UNREADABLE_ANSWER -> "inpaint.problem.unreadableAnswer";
            case NETWORK -> "inpaint.problem.network";
            case TLS -> "inpaint.problem.tls";
            case TIMED_OUT -> "inpaint.problem.timedOut";
            case RESULT_EXPIRED -> "inpaint.problem.expired";
            case UNREADABLE_RESULT -> "inpaint.problem.unreadableResult";
            case BUSY -> "inpaint.problem.busy";
            case NOT_CONFIGURED -> "inpaint.problem.notConfigured";
            case BAD_MODEL -> "inpaint.problem.badModel";
            case SAMPLING_AREA_TOO_SMALL -> "inpaint.problem.samplingTooSmall";
            case SAMPLING_AREA_UNSUPPORTED -> "inpaint.problem.samplingUnsupported";
            case UNEXPECTED -> "inpaint.problem.unexpected";
            case REDIRECTED -> "inpaint.problem.redirected";
            case TASK_LOST -> "inpaint.problem.taskLost";
        };
        return Messages.format(key, String.valueOf(problem.httpStatus()), problem.detail(Messages.locale()));
    }

    static String notice(TaskNotice notice) {
        return switch (notice.kind()) {
            case RATE_LIMITED -> Messages.get("inpaint.notice.rateLimited");
            case RETRYING -> Messages.get("inpaint.notice.retrying");
            case SYNC_FALLBACK -> Messages.get("inpaint.notice.sync");
            case REGIONS_CROPPED -> Messages.format("inpaint.notice.cropped", notice.regions());
        };
    }

    /** "Processing 42 % · 3.1 s"; no percentage before the engine reports any. */
    static String line(TaskState state, int progress, double seconds) {
        String elapsed = String.format(Messages.locale(), "%.1f", seconds);
        if (state == null) {
            return Messages.format("inpaint.line.sending", elapsed);
        }
        return state == TaskState.PROCESSING && progress > 0
                ? Messages.format("inpaint.line.progress", state(state), String.valueOf(progress), elapsed)
                : Messages.format("inpaint.line", state(state), elapsed);
    }

    static String done(double seconds) {
        return Messages.format("inpaint.done", String.format(Messages.locale(), "%.1f", seconds));
    }

    static String kept() {
        return Messages.get("inpaint.kept");
    }

    static String cancelled() {
        return Messages.get("inpaint.cancelled");
    }
}
