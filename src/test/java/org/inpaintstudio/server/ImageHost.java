package org.inpaintstudio.server;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;

/** A second local web server that image_url and mask_url point at: serves bytes, errors, slow or huge answers. */
final class ImageHost implements AutoCloseable {
    private final MockWebServer web = new MockWebServer();
    private final Map<String, Supplier<MockResponse>> routes = new ConcurrentHashMap<>();

    ImageHost() throws IOException {
        web.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getPath() == null ? "" : request.getPath();
                Supplier<MockResponse> route = routes.get(path);
                return route != null ? route.get() : new MockResponse().setResponseCode(404);
            }
        });
        web.start();
    }

    /** Serves the bytes at the path (the path may include a query) and answers its full URL. */
    String serve(String path, byte[] bytes) {
        return route(path, () -> new MockResponse().setBody(new Buffer().write(bytes)));
    }

    String route(String path, Supplier<MockResponse> response) {
        routes.put(path, response);
        return url(path);
    }

    String url(String path) {
        return "http://127.0.0.1:" + web.getPort() + path;
    }

    int requestCount() {
        return web.getRequestCount();
    }

    @Override
    public void close() throws IOException {
        web.shutdown();
    }
}
