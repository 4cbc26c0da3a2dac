package org.inpaintstudio.backend;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Downloads image_url and mask_url: http and https only, one deadline for the whole download (redirects
 * included), at most {@link #MAX_REDIRECTS} redirects, each hop checked against the {@link HostAllowList}, and the
 * body streamed with a size cap so an endless or huge answer never fills memory.
 *
 * <p>Messages name the host, never the whole URL: signed URLs carry credentials in their query.
 */
public final class UrlFetcher implements AutoCloseable {
    public static final int MAX_REDIRECTS = 5;
    private static final long READ_CHUNK = 64 * 1024;

    private final OkHttpClient http;
    private final Duration timeout;
    private final long maxBytes;
    private final HostAllowList allowList;

    public UrlFetcher(Duration timeout, long maxBytes, HostAllowList allowList) {
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.allowList = allowList;
        this.http = new OkHttpClient.Builder()
            .followRedirects(false)
            .followSslRedirects(false)
            // A GET may be retried on a fresh connection when a pooled one turns out closed by the server.
            .retryOnConnectionFailure(true)
            .connectTimeout(timeout)
            .readTimeout(timeout)
            .build();
    }

    public HostAllowList allowList() {
        return allowList;
    }

    /** The bytes behind the URL, or a {@link UrlFetchException} saying why not (too large, or failed). */
    public byte[] fetch(String url) throws UrlFetchException {
        HttpUrl current = HttpUrl.parse(url);
        if (current == null) {
            throw UrlFetchException.failed("the URL is not a valid http or https address");
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        for (int redirects = 0; ; redirects++) {
            if (!allowList.allows(current.host())) {
                throw UrlFetchException.failed("the host " + current.host() + " is not in the allowed URL hosts");
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw timedOut(current);
            }
            Call call = http.newCall(new Request.Builder().url(current).get().build());
            call.timeout().timeout(left, TimeUnit.NANOSECONDS);
            try (Response response = call.execute()) {
                if (response.isRedirect()) {
                    current = redirectTarget(current, response, redirects);
                    continue;
                }
                if (!response.isSuccessful()) {
                    throw UrlFetchException.failed(
                        "the server " + current.host() + " answered HTTP " + response.code());
                }
                return readCapped(response.body(), current);
            } catch (UrlFetchException e) {
                throw e;
            } catch (InterruptedIOException e) {
                throw timedOut(current);
            } catch (IOException e) {
                throw UrlFetchException.failed("downloading from " + current.host() + " failed: " + e.getMessage(), e);
            }
        }
    }

    private HttpUrl redirectTarget(HttpUrl from, Response response, int redirects) throws UrlFetchException {
        if (redirects >= MAX_REDIRECTS) {
            throw UrlFetchException.failed("more than " + MAX_REDIRECTS + " redirects, starting at " + from.host());
        }
        String location = response.header("Location");
        HttpUrl next = location == null ? null : from.resolve(location);
        if (next == null) {
            throw UrlFetchException.failed("the server " + from.host() + " redirected without a usable Location");
        }
        return next;
    }

    private byte[] readCapped(ResponseBody body, HttpUrl url) throws IOException {
        if (body.contentLength() > maxBytes) {
            throw tooLarge(url);
        }
        BufferedSource source = body.source();
        Buffer buffer = new Buffer();
        while (source.read(buffer, READ_CHUNK) != -1) {
            if (buffer.size() > maxBytes) {
                throw tooLarge(url);
            }
        }
        return buffer.readByteArray();
    }

    private UrlFetchException tooLarge(HttpUrl url) {
        return UrlFetchException.tooLarge("the file at " + url.host() + " is over " + maxBytes + " bytes");
    }

    private UrlFetchException timedOut(HttpUrl url) {
        return UrlFetchException.failed(
            "downloading from " + url.host() + " took longer than " + timeout.toMillis() + " ms");
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
