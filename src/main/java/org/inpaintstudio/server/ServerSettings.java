package org.inpaintstudio.server;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.inpaintstudio.api.ApiLimits;

/**
 * How {@code serve} runs. {@link #toString()} never shows the keys.
 *
 * @param host the address to listen on; loopback unless told otherwise
 * @param port 0 picks a free port
 * @param apiKeys the keys accepted in X-API-KEY
 * @param qps task creations a second per key; 0 lifts the limit
 * @param syncWait how long a sync=1 request waits before answering with the task's current state
 * @param shutdownGrace how long running tasks may go on after a stop was asked for, before they are cancelled
 * @param accessLog receives one line per request
 */
public record ServerSettings(
        String host,
        int port,
        List<String> apiKeys,
        double qps,
        ResultRetention retention,
        Duration syncWait,
        Duration shutdownGrace,
        Consumer<String> accessLog) {
    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_PORT = 8765;
    /** Under the project client's 60 s read time-out for a synchronous create. */
    public static final Duration DEFAULT_SYNC_WAIT = Duration.ofSeconds(50);

    public static final Duration DEFAULT_GRACE = Duration.ofSeconds(10);

    public ServerSettings {
        apiKeys = List.copyOf(apiKeys);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("the port must be between 0 and 65535, was " + port);
        }
    }

    public static ServerSettings defaults(List<String> apiKeys) {
        Logger log = Logger.getLogger("org.inpaintstudio.server.access");
        return new ServerSettings(
                LOOPBACK,
                DEFAULT_PORT,
                apiKeys,
                ApiLimits.DEFAULT_QPS,
                ResultRetention.DEFAULT,
                DEFAULT_SYNC_WAIT,
                DEFAULT_GRACE,
                log::info);
    }

    public ServerSettings withAddress(String host, int port) {
        return new ServerSettings(host, port, apiKeys, qps, retention, syncWait, shutdownGrace, accessLog);
    }

    public ServerSettings withApiKeys(List<String> apiKeys) {
        return new ServerSettings(host, port, apiKeys, qps, retention, syncWait, shutdownGrace, accessLog);
    }

    public ServerSettings withQps(double qps) {
        return new ServerSettings(host, port, apiKeys, qps, retention, syncWait, shutdownGrace, accessLog);
    }

    public ServerSettings withRetention(ResultRetention retention) {
        return new ServerSettings(host, port, apiKeys, qps, retention, syncWait, shutdownGrace, accessLog);
    }

    public ServerSettings withSyncWait(Duration syncWait) {
        return new ServerSettings(host, port, apiKeys, qps, retention, syncWait, shutdownGrace, accessLog);
    }

    public ServerSettings withShutdownGrace(Duration shutdownGrace) {
        return new ServerSettings(host, port, apiKeys, qps, retention, syncWait, shutdownGrace, accessLog);
    }

    public ServerSettings withAccessLog(Consumer<String> accessLog) {
        return new ServerSettings(host, port, apiKeys, qps, retention, syncWait, shutdownGrace, accessLog);
    }

    @Override
    public String toString() {
        return "ServerSettings[" + host + ":" + port + ", " + apiKeys.size() + " key(s), qps " + qps + "]";
    }
}
