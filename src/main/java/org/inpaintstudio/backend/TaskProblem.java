package org.inpaintstudio.backend;

import java.security.cert.CertificateException;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import javax.net.ssl.SSLException;
import org.inpaintstudio.api.InvalidRequestException;
import org.inpaintstudio.client.ClientException;
import org.inpaintstudio.client.DeadlineExceededException;
import org.inpaintstudio.client.NetworkException;
import org.inpaintstudio.client.RedirectedException;
import org.inpaintstudio.client.ResultExpiredException;
import org.inpaintstudio.client.ServerException;
import org.inpaintstudio.client.ServiceRefusedException;
import org.inpaintstudio.client.TaskLostException;
import org.inpaintstudio.engine.SamplingAreaTooSmallException;
import org.inpaintstudio.image.ImageReadException;

/**
 * Why a task could not run, sorted for the UI (which must not know the client's exception types): a {@link Kind}
 * to pick its own advice by, the HTTP status when there was one, and the detail in the user's language.
 */
public final class TaskProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What kind of trouble, one per row of advice the UI gives. */
    public enum Kind {
        INVALID_REQUEST,
        BAD_REQUEST,
        UNAUTHORIZED,
        NOT_FOUND,
        TOO_LARGE,
        RATE_LIMITED,
        SERVER_ERROR,
        UNREADABLE_ANSWER,
        NETWORK,
        TLS,
        TIMED_OUT,
        RESULT_EXPIRED,
        UNREADABLE_RESULT,
        BUSY,
        NOT_CONFIGURED,
        BAD_MODEL,
        SAMPLING_AREA_TOO_SMALL,
        SAMPLING_AREA_UNSUPPORTED,
        UNEXPECTED,
        /** The service redirected elsewhere; the detail says where. */
        REDIRECTED,
        /** The service forgot a task it had accepted (a restart). */
        TASK_LOST
    }

    private final Kind kind;
    private final int httpStatus;
    private final transient Function<Locale, String> detail;

    private TaskProblem(Kind kind, int httpStatus, Function<Locale, String> detail, Throwable cause) {
        super(detail.apply(Locale.ROOT), cause, false, false);
        this.kind = kind;
        this.httpStatus = httpStatus;
        this.detail = detail;
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status of the answer behind it, or 0 when there was none. */
    public int httpStatus() {
        return httpStatus;
    }

    /** The detail in {@code locale} (English for {@link Locale#ROOT}); never contains the API key. */
    public String detail(Locale locale) {
        return detail == null ? getMessage() : detail.apply(locale);
    }

    /** The chosen model file cannot be used (missing, not ONNX, other inputs); {@code detail} names what was found. */
    public static TaskProblem badModel(String detail) {
        return new TaskProblem(Kind.BAD_MODEL, 0, locale -> detail, null);
    }

    /** The remote service cannot be used as set up (no URL, or not a web address); {@code detail} says why. */
    public static TaskProblem notConfigured(String detail) {
        return new TaskProblem(Kind.NOT_CONFIGURED, 0, locale -> detail, null);
    }

    /** Sorts what a backend failed with; unwraps the wrappers of futures. */
    public static TaskProblem explain(Throwable failure) {
        Throwable e = failure;
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        if (e instanceof TaskProblem problem) {
            return problem;
        }
        if (e instanceof InvalidRequestException invalid) {
            return new TaskProblem(Kind.INVALID_REQUEST, 0, invalid::message, invalid);
        }
        if (e instanceof ClientException client) {
            return fromClient(client);
        }
        if (e instanceof ImageReadException unreadable) {
            return new TaskProblem(Kind.UNREADABLE_RESULT, 0, locale -> unreadable.getMessage(), unreadable);
        }
        if (e instanceof SamplingAreaTooSmallException tooSmall) {
            return new TaskProblem(Kind.SAMPLING_AREA_TOO_SMALL, 0, locale -> tooSmall.getMessage(), tooSmall);
        }
        if (e instanceof UnsupportedOperationException unsupported) {
            return new TaskProblem(Kind.SAMPLING_AREA_UNSUPPORTED, 0, locale -> unsupported.getMessage(), unsupported);
        }
        if (e instanceof BackendBusyException busy) {
            return new TaskProblem(Kind.BUSY, 0, locale -> busy.getMessage(), busy);
        }
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new TaskProblem(Kind.UNEXPECTED, 0, locale -> text, e);
    }

    private static TaskProblem fromClient(ClientException e) {
        Function<Locale, String> detail = e::message;
        if (e instanceof ServiceRefusedException refused) {
            int status = refused.error().httpStatus();
            Kind kind = switch (refused.error().status()) {
                case UNAUTHORIZED -> Kind.UNAUTHORIZED;
                case NOT_FOUND -> Kind.NOT_FOUND;
                case PAYLOAD_TOO_LARGE -> Kind.TOO_LARGE;
                case TOO_MANY_REQUESTS -> Kind.RATE_LIMITED;
                case SERVER_ERROR -> Kind.SERVER_ERROR;
                default -> Kind.BAD_REQUEST;
            };
            return new TaskProblem(kind, status, detail, e);
        }
        if (e instanceof ServerException server) {
            Kind kind = server.httpStatus() == 0 ? Kind.UNREADABLE_ANSWER : Kind.SERVER_ERROR;
            return new TaskProblem(kind, server.httpStatus(), detail, e);
        }
        if (e instanceof ResultExpiredException expired) {
            return new TaskProblem(Kind.RESULT_EXPIRED, expired.httpStatus(), detail, e);
        }
        if (e instanceof RedirectedException redirected) {
            return new TaskProblem(Kind.REDIRECTED, redirected.httpStatus(), detail, e);
        }
        if (e instanceof TaskLostException) {
            return new TaskProblem(Kind.TASK_LOST, 404, detail, e);
        }
        if (e instanceof DeadlineExceededException) {
            return new TaskProblem(Kind.TIMED_OUT, 0, detail, e);
        }
        if (e instanceof NetworkException) {
            return new TaskProblem(isTls(e.getCause()) ? Kind.TLS : Kind.NETWORK, 0, detail, e);
        }
        return new TaskProblem(Kind.UNEXPECTED, 0, detail, e);
    }

    /** A failed handshake or an untrusted certificate, anywhere in the chain of causes. */
    static boolean isTls(Throwable cause) {
        for (Throwable c = cause; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SSLException || c instanceof CertificateException) {
                return true;
            }
        }
        return false;
    }
}
