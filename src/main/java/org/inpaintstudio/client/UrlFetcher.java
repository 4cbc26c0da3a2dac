package org.inpaintstudio.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import okhttp3.Call;
import okhttp3.Dns;
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
 * <p>Unless private addresses are allowed, every connection goes to a public address: names through
 * {@link FilteringDns}, and address literals ({@code 127.0.0.1}, {@code [::1]}, {@code 2130706433}), which OkHttp
 * connects to without asking the resolver, checked here on every hop. Failures share one message (see
 * {@link UrlFetchException}); details name the host, never the whole URL, since signed URLs carry credentials.
 */
public final class UrlFetcher implements AutoCloseable {
    public static final int MAX_REDIRECTS = 5;
    private static final Pattern ADDRESS_LITERAL = Pattern.compile("([0-9a-fA-F]*:[0-9a-fA-F:.]*)|([\\d.]+)");
    private static final long READ_CHUNK = 64 * 1024;

    private final OkHttpClient http;
    private final Duration timeout;
    private final long maxBytes;
    private final HostAllowList allowList;
    private final Predicate<InetAddress> reachable;

    /**
     * @param privateAddresses whether loopback, private, link-local, unique-local and multicast addresses may be
     *     fetched; hosts named in {@code allowList} may always resolve to them
     */
    public UrlFetcher(Duration timeout, long maxBytes, HostAllowList allowList, boolean privateAddresses) {
        this(timeout, maxBytes, allowList, privateAddresses ? address -> true : PublicAddresses::isPublic, Dns.SYSTEM);
    }

    /** @param reachable the addresses that may be connected to; @param resolver looks names up (tests fake it) */
    UrlFetcher(
            Duration timeout, long maxBytes, HostAllowList allowList, Predicate<InetAddress> reachable, Dns resolver) {
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.allowList = allowList;
        this.reachable = reachable;
        this.http = new OkHttpClient.Builder()
                .dns(new FilteringDns(resolver, reachable, allowList))
                // A proxy would resolve and connect for us, out of the filter's sight.
                .proxy(Proxy.NO_PROXY)
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
            checkLiteralAddress(current.host());
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

    /**
     * A host OkHttp reads as an address is connected to without a lookup, so it is checked here. The pattern is
     * OkHttp's own: a plain number like 2130706433 counts, and Java reads it as 127.0.0.1.
     */
    private void checkLiteralAddress(String host) throws UrlFetchException {
        if (!ADDRESS_LITERAL.matcher(host).matches() || allowList.names(host)) {
            return;
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw UrlFetchException.failed("the address " + host + " cannot be read", e);
        }
        if (!reachable.test(address)) {
            throw UrlFetchException.failed("the address " + host + " is not public");
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
