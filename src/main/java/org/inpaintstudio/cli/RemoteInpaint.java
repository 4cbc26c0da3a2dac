package org.inpaintstudio.cli;

import java.io.PrintStream;
import java.util.function.UnaryOperator;
import org.inpaintstudio.api.InpaintRequest;
import org.inpaintstudio.api.InvalidRequestException;
import org.inpaintstudio.api.TaskState;
import org.inpaintstudio.client.Cancellation;
import org.inpaintstudio.client.ClientConfig;
import org.inpaintstudio.client.ClientException;
import org.inpaintstudio.client.InpaintClient;
import org.inpaintstudio.client.RateLimitedException;
import org.inpaintstudio.client.RedirectedException;
import org.inpaintstudio.client.ServiceRefusedException;
import org.inpaintstudio.client.TaskCancelledException;
import org.inpaintstudio.client.TaskFailedException;
import org.inpaintstudio.client.TaskResult;
import org.inpaintstudio.image.ImageFormat;
import org.inpaintstudio.image.ImageReadException;
import org.inpaintstudio.image.ImageWriteException;
import org.inpaintstudio.image.ResultFile;

/** {@code inpaint --api-url ...}: one task on a remote service, its states printed, its result written. */
final class RemoteInpaint {
    private final PrintStream out;
    private final PrintStream err;
    private final UnaryOperator<ClientConfig> tuning;

    RemoteInpaint(PrintStream out, PrintStream err, UnaryOperator<ClientConfig> tuning) {
        this.out = out;
        this.err = err;
        this.tuning = tuning;
    }

    int run(InpaintOptions options, Cancellation cancellation) {
        InpaintRequest request;
        try {
            request = RequestFromOptions.build(options);
        } catch (OptionException e) {
            return fail(ExitCode.BAD_INPUT, e.getMessage());
        }
        if (options.apiKeyTrimmed()) {
            err.println("note: the API key had spaces or line breaks around it; they were removed.");
        }
        if (!options.apiKey().isPresent()) {
            err.println("note: no API key: pass --api-key or set " + InpaintOptionsParser.KEY_VARIABLE
                    + " if the service needs one.");
        }
        ClientConfig config = tuning.apply(ClientConfig.defaults(options.apiUrl(), options.apiKey())
                .withRequestsPerSecond(options.requestsPerSecond())
                .withDeadline(options.timeout()));
        TaskResult result;
        try {
            result = new InpaintClient(config).run(request, new StatusPrinter(out, err), cancellation);
        } catch (InvalidRequestException e) {
            return fail(ExitCode.BAD_INPUT, e.getMessage());
        } catch (ClientException e) {
            return fail(exitCode(e), e.getMessage());
        }
        return write(result, options);
    }

    private int write(TaskResult result, InpaintOptions options) {
        try {
            ImageFormat format = ResultFile.write(result.image(), options.out());
            out.println("wrote " + options.out() + " (" + format.displayName() + ")");
            return ExitCode.OK;
        } catch (ImageWriteException e) {
            return fail(ExitCode.OUTPUT, e.getMessage());
        } catch (ImageReadException e) {
            return fail(ExitCode.NETWORK, "The service's result could not be read: " + e.getMessage());
        }
    }

    /**
     * Refused (4xx but rate limiting, or a redirect: the URL is not the service's), failed task, cancelled; anything
     * else is the service or the network.
     */
    static int exitCode(ClientException e) {
        if (e instanceof RedirectedException
                || e instanceof ServiceRefusedException && !(e instanceof RateLimitedException)) {
            return ExitCode.REFUSED;
        }
        if (e instanceof TaskFailedException failed) {
            return exitCode(failed.state());
        }
        if (e instanceof TaskCancelledException) {
            return ExitCode.CANCELLED;
        }
        return ExitCode.NETWORK;
    }

    /** A task that ended in -7 failed on its input (an image that does not decode, a mask with nothing to copy). */
    static int exitCode(TaskState failure) {
        return failure == TaskState.INVALID_IMAGE ? ExitCode.BAD_INPUT : ExitCode.TASK_FAILED;
    }

    private int fail(int code, String message) {
        err.println("error: " + message);
        return code;
    }
}
