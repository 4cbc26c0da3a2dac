package org.inpaintstudio.backend;

import java.util.Objects;
import org.inpaintstudio.api.ApiLimits;
import org.inpaintstudio.api.ApiUrls;

/**
 * How to reach a remote service: its base URL, the API key, and the requests per second it allows.
 * {@link #toString()} never shows the key.
 */
public record RemoteServiceSettings(String baseUrl, String apiKey, double requestsPerSecond) {
    public RemoteServiceSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        apiKey = apiKey == null ? "" : apiKey;
        if (!(requestsPerSecond > 0)) {
            requestsPerSecond = ApiLimits.DEFAULT_QPS;
        }
    }

    @Override
    public String toString() {
        return "RemoteServiceSettings[" + ApiUrls.forMessage(baseUrl)
                + ", key " + (apiKey.isBlank() ? "none" : "set") + ", "
                + requestsPerSecond + " requests/s]";
    }
}
