package org.inpaintstudio.client;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;
import org.inpaintstudio.api.InpaintRequest;
import org.inpaintstudio.api.InvalidRequestException;
import org.inpaintstudio.api.RequestValidator;
import org.inpaintstudio.api.ReturnType;
import org.inpaintstudio.api.TaskState;
import org.inpaintstudio.api.TaskStatus;

/**
 * Runs inpainting tasks on a remote service that speaks API.md: validate, create, poll until the task is done or
 * failed, and fetch the result.
 *
 * <p>Every instance for the same service, key and rate shares one rate limiter in the process
 * ({@link SharedRateLimits}), as do the threads that use it. Calls block; run them on a worker thread. The listener
 * is called on that thread.
 */
public final class InpaintClient {
    /**
     * How a service says it does not take asynchronous tasks (the hosted one enables them per account): a 400 to
     * an asynchronous create whose message names sync/async, in English or Chinese.
     */
    private static final Pattern ASYNC_REFUSED = Pattern.compile("(?i)\\b(a?sync\\w*|asynchronous)\\b|异步|同步");

    private static final OkHttpClient SHARED_HTTP = new OkHttpClient();

    private final ClientConfig config;
    private final ServiceEndpoints endpoints;
    private final OkHttpClient http;
    private final OkHttpClient syncHttp;
    private final HttpExchange exchange;
    private final AnswerReader answers;
    private final ResultFetcher results;
    private final RequestValidator validator = new RequestValidator();
    private final AtomicBoolean asyncRefused = new AtomicBoolean();

    public InpaintClient(ClientConfig config) {
        this(config, SHARED_HTTP);
    }

    /** @param http the application's shared client; this one derives its own time-outs from it, sharing its pool */
    public InpaintClient(ClientConfig config, OkHttpClient http) {
        this.config = config;
        this.endpoints = new ServiceEndpoints(config.baseUrl(), config.apiKey());
        this.http = http.newBuilder()
                // Redirects are handled by hand: an API call's never followed, a download's followed without the key.
                .followRedirects(false)
                .followSslRedirects(false)
                .connectTimeout(config.connectTimeout())
                .readTimeout(config.readTimeout())
                // No per-write time-out: the task's deadline bounds every call already, and a write time-out arms
                // a watchdog for every 64 KiB written, which cost a 15 MB upload ~40% of its time in the benchmark.
                .writeTimeout(Duration.ZERO)
                .build();
        // A synchronous create holds the connection while the service works (up to 30 s).
        this.syncHttp =
                this.http.newBuilder().readTimeout(config.syncReadTimeout()).build();
        this.answers = new AnswerReader(config.apiKey());
        this.exchange = new HttpExchange(
                SharedRateLimits.forService(endpoints.service(), config.apiKey(), config.requestsPerSecond()),
                new Backoff(
                        config.retryBase(),
                        config.retryCap(),
                        () -> ThreadLocalRandom.current().nextDouble()),
                config.maxRetries(),
                endpoints.service(),
                answers);
        this.results = new ResultFetcher(this.http, endpoints, exchange);
    }

    /**
     * Runs one task to its end. Decoded pixels and a mask plane travel as PNG files ({@link
     * InpaintRequest#asFiles()}), checked as such: the service receives what it would from any file.
     *
     * @param listener told every status as it comes, and notices such as the fall-back to sync
     * @param cancellation cancel it from any thread to stop at once
     * @return the final status and the result image's bytes
     * @throws InvalidRequestException when the request breaks a limit of the API; nothing was sent
     * @throws TaskFailedException when the service ran the task and it failed
     * @throws ClientException for every other failure, typed
     */
    public TaskResult run(InpaintRequest request, TaskListener listener, Cancellation cancellation)
            throws InvalidRequestException, ClientException {
        InpaintRequest checked = validator.validate(request.asFiles());
        TaskScope scope = new TaskScope(cancellation, listener, config.deadline());
        Created created = create(checked, scope);
        if (created.image() != null) {
            scope.report(created.status());
            return new TaskResult(created.status(), created.image());
        }
        TaskStatus status = untilFinished(created.status(), scope);
        if (status.state().isFailure()) {
            throw new TaskFailedException(status);
        }
        return new TaskResult(status, results.fetch(status, scope));
    }

    /** Creates the task, falling back to sync when the service refuses asynchronous tasks. */
    private Created create(InpaintRequest request, TaskScope scope) throws ClientException {
        boolean sync = request.sync() || asyncRefused.get();
        try {
            return createOnce(request.withSync(sync), scope);
        } catch (BadRequestException e) {
            if (sync || !ASYNC_REFUSED.matcher(e.error().message()).find()) {
                throw e;
            }
            if (asyncRefused.compareAndSet(false, true)) {
                scope.notice(ClientNotice.SYNC_FALLBACK);
            }
            return createOnce(request.withSync(true), scope);
        }
    }

    private Created createOnce(InpaintRequest request, TaskScope scope) throws ClientException {
        HttpAnswer answer =
                exchange.create(request.sync() ? syncHttp : http, endpoints.create(CreateTaskBody.of(request)), scope);
        if (answer.isSuccessful() && request.returnType() == ReturnType.BINARY && !answer.looksLikeJson()) {
            byte[] image = ResultFetcher.requireImage(answer.body(), true);
            return new Created(TaskStatus.of(null, TaskState.DONE, 100), image);
        }
        TaskStatus status = answers.task(answer, true);
        scope.taskCreated(status.taskId());
        return new Created(status, null);
    }

    private TaskStatus untilFinished(TaskStatus created, TaskScope scope) throws ClientException {
        TaskStatus status = created;
        scope.report(status);
        if (!status.state().isFinished()
                && (status.taskId() == null || status.taskId().isBlank())) {
            throw AnswerReader.unreadable("the task is not finished but the answer has no task_id to follow", true);
        }
        PollSchedule schedule = new PollSchedule(config.firstPoll(), config.pollGrowth(), config.maxPoll());
        while (!status.state().isFinished()) {
            scope.pause(schedule.nextDelayNanos());
            scope.checkDeadline(false);
            status = polled(created.taskId(), scope);
            scope.report(status);
        }
        return status;
    }

    /** A 404 for a task this client created means the service lost it (a restart), not a refused request. */
    private TaskStatus polled(String taskId, TaskScope scope) throws ClientException {
        try {
            return status(taskId, scope);
        } catch (NotFoundException e) {
            throw new TaskLostException(taskId, e.error());
        }
    }

    private TaskStatus status(String taskId, TaskScope scope) throws ClientException {
        return answers.task(exchange.fetch(http, endpoints.status(taskId), scope), false);
    }

    /** One status check of a task created earlier, e.g. after a restart. */
    public TaskStatus status(String taskId, Cancellation cancellation) throws ClientException {
        return status(taskId, new TaskScope(cancellation, TaskListener.NONE, config.deadline()));
    }

    @Override
    public String toString() {
        return "InpaintClient[" + endpoints.service() + ", " + config.apiKey() + "]";
    }

    /** A created task; {@code image} is set when the service answered with the result's bytes (return_type 3). */
    private record Created(TaskStatus status, byte[] image) {}
}
