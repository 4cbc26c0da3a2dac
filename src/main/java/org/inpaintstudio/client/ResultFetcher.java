package org.inpaintstudio.client;

import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.inpaintstudio.api.ApiUrls;
import org.inpaintstudio.api.Base64Codec;
import org.inpaintstudio.api.TaskStatus;
import org.inpaintstudio.image.ImageFormat;
import org.inpaintstudio.image.ImageReadException;

/**
 * The result image of a finished task: downloaded at once when it is a URL (it expires after an hour; a
 * {@code \u0026} in it is repaired first; a few redirects are followed), decoded when it is base64.
 */
final class ResultFetcher {
    static final int MAX_REDIRECTS = 5;

    private final OkHttpClient http;
    private final ServiceEndpoints endpoints;
    private final HttpExchange exchange;

    ResultFetcher(OkHttpClient http, ServiceEndpoints endpoints, HttpExchange exchange) {
        this.http = http;
        this.endpoints = endpoints;
        this.exchange = exchange;
    }

    byte[] fetch(TaskStatus status, TaskScope scope) throws ClientException {
        String image = status.image() == null ? "" : status.image().strip();
        if (image.isEmpty()) {
            throw AnswerReader.unreadable("the task is done but the answer has no result image", false);
        }
        HttpUrl url = HttpUrl.parse(ApiUrls.repairAmpersands(image));
        return requireImage(url != null ? download(url, scope) : decode(image), false);
    }

    /** The bytes, when they start like an image of a supported format. */
    static byte[] requireImage(byte[] bytes, boolean create) throws ServerException {
        try {
            ImageFormat.detect(bytes);
            return bytes;
        } catch (ImageReadException e) {
            throw AnswerReader.unreadable("the result is not an image: " + e.getMessage(), create);
        }
    }

    /**
     * Follows at most {@link #MAX_REDIRECTS} redirects (storage links often point to a CDN); each hop gets the key
     * only when it is on the service's own origin.
     */
    private byte[] download(HttpUrl url, TaskScope scope) throws ClientException {
        HttpUrl current = url;
        for (int redirects = 0; ; redirects++) {
            HttpAnswer answer = exchange.download(http, endpoints.download(current), scope);
            HttpUrl next = answer.isRedirect() && answer.location() != null ? current.resolve(answer.location()) : null;
            if (next == null) {
                if (!answer.isSuccessful()) {
                    throw new ResultExpiredException(answer.code());
                }
                return answer.body();
            }
            if (redirects >= MAX_REDIRECTS) {
                throw AnswerReader.unreadable(
                        "the result link redirected more than " + MAX_REDIRECTS + " times", false);
            }
            current = next;
        }
    }

    private static byte[] decode(String base64) throws ServerException {
        try {
            return Base64Codec.decode(base64);
        } catch (IllegalArgumentException e) {
            throw AnswerReader.unreadable("the result is neither a URL nor base64 (" + e.getMessage() + ")", false);
        }
    }
}
