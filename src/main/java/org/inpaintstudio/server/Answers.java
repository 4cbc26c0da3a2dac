package org.inpaintstudio.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.inpaintstudio.api.ApiError;
import org.inpaintstudio.api.ApiJson;

/** Writes the server's answers: API JSON, whose status matches the HTTP status, or result bytes. */
final class Answers {
    private static final Logger LOG = Logger.getLogger(Answers.class.getName());
    private static final String JSON = "application/json; charset=utf-8";

    private Answers() {}

    /** A piece of answering work that may refuse the request. */
    interface Work {
        void run();
    }

    /**
     * Runs {@code work}, turning a refusal into its answer. Anything else is a bug of ours: it is logged and
     * answered with 500, and the server goes on.
     */
    static void guarded(Request request, Response response, Callback callback, Work work) {
        try {
            work.run();
        } catch (RequestRefused refusal) {
            refused(response, callback, refusal);
        } catch (RuntimeException e) {
            LOG.log(
                    Level.SEVERE,
                    "unexpected failure answering " + request.getMethod() + " "
                            + AccessLog.loggablePath(request.getHttpURI().getPath()),
                    e);
            if (!response.isCommitted()) {
                refused(response, callback, new RequestRefused(500, "the server failed; try again"));
            } else {
                callback.failed(e);
            }
        }
    }

    static void json(Response response, Callback callback, int status, String json) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, JSON);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8)), callback);
    }

    static void refused(Response response, Callback callback, RequestRefused refusal) {
        if (refusal.retryAfterSeconds() > 0) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, refusal.retryAfterSeconds());
        }
        json(response, callback, refusal.status(), errorJson(refusal.status(), refusal.getMessage()));
    }

    static String errorJson(int status, String message) {
        return ApiJson.write(new ApiError(status, message));
    }

    /**
     * Streams a stored result.
     *
     * @throws RequestRefused 404 when the file is gone (the result expired a moment ago)
     */
    static void file(Response response, Callback callback, StoredResult result, String cacheControl) {
        InputStream in;
        try {
            in = Files.newInputStream(result.file());
        } catch (IOException gone) {
            throw new RequestRefused(404, "the result has expired; results are kept for one hour");
        }
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, result.format().mimeType());
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, result.length());
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, cacheControl);
        Content.copy(Content.Source.from(in), response, callback);
    }
}
