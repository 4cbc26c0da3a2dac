package org.inpaintstudio.client;

import java.io.IOException;
import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.inpaintstudio.api.ApiUrls;

/**
 * Checks a service URL and key with one real, harmless request: a create with no image. A service that speaks
 * API.md and accepts the key refuses it with 400 (or 429 when busy); a wrong key gets 401, a wrong URL 404. Nothing
 * is created, so nothing is billed.
 */
public final class ServiceProbe {
    /** A redirect is reported, never followed: it would carry the key to another address. */
    private static final OkHttpClient SHARED_HTTP = new OkHttpClient.Builder()
            .followRedirects(false)
            .followSslRedirects(false)
            .build();

    /**
     * The service's answer: its HTTP status and, when it sent API JSON, its message (else empty); for a redirect,
     * the message is the service URL it points to, without credentials.
     */
    public record Answer(int httpStatus, String message) {}

    private ServiceProbe() {}

    /**
     * @throws IllegalArgumentException when the base URL is not an http(s) URL
     * @throws IOException when the service cannot be reached or the TLS handshake fails
     */
    public static Answer probe(String baseUrl, ApiKey apiKey, Duration timeout) throws IOException {
        ServiceEndpoints endpoints = new ServiceEndpoints(baseUrl, apiKey);
        OkHttpClient http = SHARED_HTTP.newBuilder().callTimeout(timeout).build();
        MultipartBody empty = new MultipartBody.Builder()
                .setType(MultipartBody.FORM)
                .addFormDataPart("sync", "1")
                .build();
        try (Response response = http.newCall(endpoints.create(empty)).execute()) {
            HttpAnswer answer = new HttpAnswer(
                    response.code(),
                    response.header("Content-Type"),
                    null,
                    response.header("Location"),
                    response.body() == null ? new byte[0] : response.body().bytes());
            if (answer.isRedirect()) {
                HttpUrl target = answer.location() == null
                        ? null
                        : response.request().url().resolve(answer.location());
                return new Answer(
                        answer.code(),
                        target == null ? "" : ApiUrls.forMessage(ServiceEndpoints.serviceBaseOf(target)));
            }
            String message = answer.looksLikeJson()
                    ? new AnswerReader(apiKey).errorOf(answer).message()
                    : "";
            return new Answer(response.code(), message);
        }
    }
}
