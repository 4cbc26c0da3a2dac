package org.inpaintstudio.client;

import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.inpaintstudio.api.ApiUrls;

/**
 * The requests of API.md against one base URL: create {@code POST {base}/api/tasks/visual/inpaint}, status
 * {@code GET {base}/api/tasks/visual/inpaint/{task_id}}. The key travels in {@code X-API-KEY} to the service
 * only: never to a result URL on another origin, and redirects are not followed with it.
 */
final class ServiceEndpoints {
    static final String KEY_HEADER = "X-API-KEY";
    /** Without its leading slash, as OkHttp adds path segments. */
    private static final String TASKS_PATH = ApiUrls.TASKS_PATH.substring(1);

    private final HttpUrl base;
    private final HttpUrl tasks;
    private final ApiKey apiKey;

    ServiceEndpoints(String baseUrl, ApiKey apiKey) {
        HttpUrl parsed = HttpUrl.parse(baseUrl.strip());
        if (parsed == null) {
            throw new IllegalArgumentException(
                    "the service URL must start with http:// or https://, like https://api.example.com; was "
                            + ApiUrls.forMessage(baseUrl));
        }
        this.base = parsed;
        this.tasks = parsed.newBuilder().addPathSegments(TASKS_PATH).build();
        this.apiKey = apiKey;
    }

    /** The base URL, for messages: without user:password@ or query values. */
    String service() {
        return ApiUrls.forMessage(base.toString());
    }

    /**
     * The service URL that a redirect target stands for: the part before {@code /api/tasks/visual/inpaint} when it
     * has one (what to set as the service URL), else the target itself.
     */
    static String serviceBaseOf(HttpUrl target) {
        String text = target.toString();
        int api = text.indexOf("/" + TASKS_PATH);
        return api > 0 ? text.substring(0, api) : text;
    }

    /** True when {@code url} has the service's scheme, host and port: the only origin that may see the key. */
    boolean sameOrigin(HttpUrl url) {
        return url.scheme().equals(base.scheme()) && url.host().equals(base.host()) && url.port() == base.port();
    }

    Request create(RequestBody body) {
        return withKey(new Request.Builder().url(tasks).post(body)).build();
    }

    Request status(String taskId) {
        return withKey(new Request.Builder()
                        .url(tasks.newBuilder().addPathSegment(taskId).build())
                        .get())
                .build();
    }

    /** A result download; signed result URLs need no key, and one on another host must not see it. */
    Request download(HttpUrl url) {
        Request.Builder request = new Request.Builder().url(url).get();
        return (sameOrigin(url) ? withKey(request) : request).build();
    }

    private Request.Builder withKey(Request.Builder request) {
        return apiKey.isPresent() ? request.header(KEY_HEADER, apiKey.value()) : request;
    }
}
