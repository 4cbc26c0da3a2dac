package org.inpaintstudio.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.InetAddress;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Test connection reports a redirect with its target and never follows it with the key. */
class ConnectionCheckRedirectTest {
    private final MockWebServer service = new MockWebServer();
    private final MockWebServer elsewhere = new MockWebServer();

    @BeforeEach
    void start() throws IOException {
        service.start(InetAddress.getLoopbackAddress(), 0);
        elsewhere.start(InetAddress.getLoopbackAddress(), 0);
    }

    @AfterEach
    void stop() throws IOException {
        service.shutdown();
        elsewhere.shutdown();
    }

    @Test
    void aRedirectIsReportedAndNotFollowed() {
        service.enqueue(new MockResponse()
                .setResponseCode(301)
                .setHeader(
                        "Location", elsewhere.url("/api/tasks/visual/inpaint").toString()));

        ConnectionCheck.Report report =
                ConnectionCheck.run(new RemoteServiceSettings(service.url("/").toString(), "probe-key-1", 2));

        assertEquals(ConnectionCheck.Result.REDIRECTED, report.result());
        assertEquals(301, report.httpStatus());
        assertEquals(elsewhere.url("/").toString().replaceAll("/$", ""), report.detail());
        assertEquals(0, elsewhere.getRequestCount());
    }
}
