package org.inpaintstudio.server;

import java.time.Instant;
import java.util.function.Consumer;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.NanoTime;

/**
 * One line per request: time, client address, method, path, status, bytes sent, milliseconds. Headers (and so
 * the API key), query strings and bodies (the images) are never written; the token of a result URL is hidden,
 * because whoever has it can download the result.
 */
final class AccessLog implements RequestLog {
    private static final int MAX_PATH = 120;

    private final Consumer<String> sink;

    AccessLog(Consumer<String> sink) {
        this.sink = sink;
    }

    @Override
    public void log(Request request, Response response) {
        sink.accept(Instant.ofEpochMilli(Request.getTimeStamp(request))
                + " " + Request.getRemoteAddr(request)
                + " " + request.getMethod()
                + " " + loggablePath(request.getHttpURI().getPath())
                + " " + response.getStatus()
                + " " + Response.getContentBytesWritten(response) + "B"
                + " " + NanoTime.millisSince(request.getBeginNanoTime()) + "ms");
    }

    static String loggablePath(String path) {
        if (path == null) {
            return "-";
        }
        if (path.startsWith(Routes.RESULTS_PREFIX) && path.length() > Routes.RESULTS_PREFIX.length()) {
            return Routes.RESULTS_PREFIX + "<token>";
        }
        return path.length() > MAX_PATH ? path.substring(0, MAX_PATH) + "..." : path;
    }
}
