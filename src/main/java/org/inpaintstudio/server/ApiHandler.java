package org.inpaintstudio.server;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Routes the API's requests: checks the method, the key (X-API-KEY, compared in constant time) and the rate
 * limit, then hands over. Result downloads need no key: their URL's token is the credential.
 */
final class ApiHandler extends Handler.Abstract {
    private static final String KEY_HEADER = "X-API-KEY";

    private final ApiKeys keys;
    private final PerKeyRateLimit limiter;
    private final CreateTaskHandler create;
    private final TaskQueryHandler query;
    private final ResultHandler results;

    ApiHandler(
            ApiKeys keys,
            PerKeyRateLimit limiter,
            CreateTaskHandler create,
            TaskQueryHandler query,
            ResultHandler results) {
        super(InvocationType.BLOCKING);
        this.keys = keys;
        this.limiter = limiter;
        this.create = create;
        this.query = query;
        this.results = results;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Answers.guarded(request, response, callback, () -> route(request, response, callback));
        return true;
    }

    private void route(Request request, Response response, Callback callback) {
        String path = withoutTrailingSlash(request.getHttpURI().getPath());
        String method = request.getMethod();
        if (path.equals(Routes.TASKS)) {
            allow(method, "POST", response);
            int owner = authenticate(request);
            long waitSeconds = limiter.acquire(owner);
            if (waitSeconds > 0) {
                throw RequestRefused.tooManyRequests(
                        "over the rate limit of " + limiter.qps() + " tasks a second for this key; retry after "
                                + waitSeconds + " s",
                        waitSeconds);
            }
            create.handle(request, response, callback, owner);
        } else if (path.startsWith(Routes.TASK_PREFIX)) {
            allow(method, "GET", response);
            query.handle(
                    request, response, callback, path.substring(Routes.TASK_PREFIX.length()), authenticate(request));
        } else if (path.startsWith(Routes.RESULTS_PREFIX)) {
            allow(method, "GET", response);
            results.handle(response, callback, path.substring(Routes.RESULTS_PREFIX.length()));
        } else {
            throw new RequestRefused(
                    404, "unknown URL: the API is POST " + Routes.TASKS + " and GET " + Routes.TASKS + "/{task_id}");
        }
    }

    private int authenticate(Request request) {
        int owner = keys.identify(request.getHeaders().get(KEY_HEADER));
        if (owner == ApiKeys.UNKNOWN) {
            throw new RequestRefused(401, "X-API-KEY is missing or wrong: send the key the server printed at start");
        }
        return owner;
    }

    private static void allow(String method, String allowed, Response response) {
        if (!allowed.equals(method)) {
            response.getHeaders().put(HttpHeader.ALLOW, allowed);
            throw new RequestRefused(405, "use " + allowed + " for this URL");
        }
    }

    private static String withoutTrailingSlash(String path) {
        if (path == null || path.isEmpty()) {
            return "/";
        }
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
