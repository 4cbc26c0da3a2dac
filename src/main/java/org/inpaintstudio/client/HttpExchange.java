package org.inpaintstudio.client;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.inpaintstudio.api.ApiUrls;

/**
 * Sends one request through the rate limiter, with the retries that are safe for it.
 *
 * <p>Every request: a 429 waits (Retry-After, or back-off) and goes again until the task's deadline, since the
 * service refused it; a GET's 503 too. A GET is idempotent: other 5xx and I/O errors are retried up to the
 * configured count. A create is not: once its body
 * may have reached the service, a 5xx or a broken connection fails with "the task may have been created" instead
 * of sending it twice; only a connection that never opened is retried. A redirect of an API call is never followed
 * (see {@link RedirectedException}); result downloads get theirs back to follow.
 */
final class HttpExchange {
    private final RateLimiter limiter;
    private final Backoff backoff;
    private final int maxRetries;
    private final String service;
    private final AnswerReader answers;

    HttpExchange(RateLimiter limiter, Backoff backoff, int maxRetries, String service, AnswerReader answers) {
        this.limiter = limiter;
        this.backoff = backoff;
        this.maxRetries = maxRetries;
        this.service = service;
        this.answers = answers;
    }

    /** A GET of the API: retried on 429, 5xx and I/O errors. 2xx and 4xx answers are returned; 3xx fails. */
    HttpAnswer fetch(OkHttpClient http, Request request, TaskScope scope) throws ClientException {
        return send(http, request, scope, true, false);
    }

    /** A create: never resent once it may have been accepted. 2xx and 4xx answers are returned; 3xx fails. */
    HttpAnswer create(OkHttpClient http, Request request, TaskScope scope) throws ClientException {
        return send(http, request, scope, false, false);
    }

    /** A result download: retried as a GET; a 3xx is returned for the caller to follow or refuse. */
    HttpAnswer download(OkHttpClient http, Request request, TaskScope scope) throws ClientException {
        return send(http, request, scope, true, true);
    }

    private HttpAnswer send(
            OkHttpClient http, Request request, TaskScope scope, boolean idempotent, boolean redirectsReturned)
            throws ClientException {
        int failures = 0;
        int slowDowns = 0;
        while (true) {
            limiter.acquire(scope);
            HttpAnswer answer;
            try {
                answer = once(http, request, scope, !idempotent);
            } catch (IOException e) {
                boolean safe = idempotent || neverSent(e);
                NetworkException failure = new NetworkException(service, e, !safe);
                if (!safe) {
                    throw failure;
                }
                failures = retryOrThrow(failures, backoff.delayNanos(failures), scope, ClientNotice.RETRYING, failure);
                continue;
            }
            if (answer.isRedirect() && !redirectsReturned) {
                throw redirected(request, answer);
            }
            if (isSlowDown(answer, idempotent)) {
                waitAsAsked(answer, slowDowns++, scope);
                continue;
            }
            if (answer.code() >= 500) {
                ServerException failure = new ServerException(
                        answer.code(), answers.errorOf(answer).message(), !idempotent, null);
                if (!idempotent) {
                    throw failure;
                }
                failures = retryOrThrow(
                        failures,
                        serverDelay(answer).orElse(backoff.delayNanos(failures)),
                        scope,
                        ClientNotice.RETRYING,
                        failure);
                continue;
            }
            return answer;
        }
    }

    /**
     * "Slow down": a 429 always (the service refused the request, so even a create is safe to resend), and a 503 of
     * a GET. A 503 of a create may come from a proxy that passed the body on, so it stays a server error.
     */
    private static boolean isSlowDown(HttpAnswer answer, boolean idempotent) {
        return answer.code() == 429 || answer.code() == 503 && idempotent;
    }

    /**
     * Waits out a "slow down" answer for as long as the task's deadline allows: the service's Retry-After (never
     * shortened, plus a little jitter), or else back-off with full jitter. The wait holds back every request that
     * shares the limiter, so the process as a whole slows down. A wait that would pass the deadline ends the task
     * with a message that says how many times the service asked.
     */
    private void waitAsAsked(HttpAnswer answer, int attempt, TaskScope scope) throws DeadlineExceededException {
        scope.slowedDown();
        long delayNanos =
                serverDelay(answer).map(backoff::afterServerDelayNanos).orElseGet(() -> backoff.delayNanos(attempt));
        if (delayNanos > scope.remainingNanos()) {
            throw scope.deadlineExceeded(false, null);
        }
        limiter.holdUntil(System.nanoTime() + delayNanos);
        scope.notice(ClientNotice.RATE_LIMITED);
    }

    /**
     * Holds every request of this client back by {@code delayNanos} before retry number {@code done + 1}, and
     * returns {@code done + 1}; throws {@code failure} instead when the retries are used up or the wait would pass
     * the deadline. The limiter does the waiting.
     */
    private int retryOrThrow(int done, long delayNanos, TaskScope scope, ClientNotice notice, ClientException failure)
            throws ClientException {
        if (done >= maxRetries || delayNanos > scope.remainingNanos()) {
            throw failure;
        }
        limiter.holdUntil(System.nanoTime() + delayNanos);
        scope.notice(notice);
        return done + 1;
    }

    private HttpAnswer once(OkHttpClient http, Request request, TaskScope scope, boolean create)
            throws IOException, ClientException {
        scope.checkCancelled();
        Call call = http.newCall(request);
        // The whole exchange, body included, must end by the task's deadline.
        call.timeout().timeout(Math.max(1, scope.remainingNanos()), TimeUnit.NANOSECONDS);
        scope.cancellation().attach(call);
        try (Response response = call.execute()) {
            ResponseBody body = response.body();
            return new HttpAnswer(
                    response.code(),
                    response.header("Content-Type"),
                    response.header("Retry-After"),
                    response.header("Location"),
                    body == null ? new byte[0] : body.bytes());
        } catch (IOException e) {
            if (scope.cancellation().isCancelled()) {
                throw scope.cancelled();
            }
            if (scope.deadlinePassed()) {
                throw scope.deadlineExceeded(create, e);
            }
            throw e;
        } finally {
            scope.cancellation().detach(call);
        }
    }

    /** An API call is never followed elsewhere: the key would go along, and a POST would turn into a GET. */
    private RedirectedException redirected(Request request, HttpAnswer answer) {
        HttpUrl target = answer.location() == null ? null : request.url().resolve(answer.location());
        return new RedirectedException(
                service,
                answer.code(),
                target == null ? null : ApiUrls.forMessage(ServiceEndpoints.serviceBaseOf(target)));
    }

    private static Optional<Long> serverDelay(HttpAnswer answer) {
        return RetryAfter.parse(answer.retryAfter(), Instant.now()).map(Duration::toNanos);
    }

    /** The connection never opened, so the request cannot have reached the service. */
    private static boolean neverSent(IOException e) {
        return e instanceof ConnectException
                || e instanceof UnknownHostException
                || e instanceof NoRouteToHostException;
    }
}
