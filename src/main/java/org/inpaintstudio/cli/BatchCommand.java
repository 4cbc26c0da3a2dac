package org.inpaintstudio.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.inpaintstudio.backend.Backend;
import org.inpaintstudio.backend.Backends;
import org.inpaintstudio.batch.BatchItemState;
import org.inpaintstudio.batch.BatchJournal;
import org.inpaintstudio.batch.BatchPlan;
import org.inpaintstudio.batch.BatchRunner;
import org.inpaintstudio.batch.BatchSetupException;
import org.inpaintstudio.batch.BatchSummary;
import org.inpaintstudio.batch.BatchUpdate;

/**
 * {@code batch}: a folder of photos on the offline engine (one backend, so the engine's threads and memory are
 * shared by every photo) or on a remote service. Ctrl+C stops it with what is done kept; running the same command
 * again resumes.
 */
final class BatchCommand {
    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> environment;
    private final boolean terminal;

    /** @param terminal whether {@code out} is a terminal, which gets a progress bar instead of plain lines */
    BatchCommand(PrintStream out, PrintStream err, Map<String, String> environment, boolean terminal) {
        this.out = out;
        this.err = err;
        this.environment = environment;
        this.terminal = terminal;
    }

    int run(List<String> args) {
        if (args.contains("--help") || args.contains("-h")) {
            out.print(Usage.batchText());
            return ExitCode.OK;
        }
        BatchOptions options;
        BatchPlan plan;
        try {
            options = new BatchOptionsParser(environment).parse(args);
            plan = BatchPlan.scan(options.spec());
        } catch (OptionException | BatchSetupException e) {
            err.println("error: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        if (plan.photoCount() == 0) {
            err.println("error: no photos in " + options.spec().input()
                    + " (jpg, jpeg, png, bmp, webp, tiff files; sub-folders are not read).");
            return ExitCode.BAD_INPUT;
        }
        if (options.remote() && options.service().apiKey().isBlank()) {
            err.println("note: no API key: pass --api-key or set " + InpaintOptionsParser.KEY_VARIABLE
                    + " if the service needs one.");
        }
        try (BatchJournal journal = BatchJournal.open(options.spec().out());
                Backend backend = backend(options)) {
            return run(plan, journal, new BatchRunner(backend, options.jobs()));
        } catch (IOException e) {
            err.println("error: cannot write to " + options.spec().out() + ": " + e.getMessage());
            return ExitCode.OUTPUT;
        }
    }

    private int run(BatchPlan plan, BatchJournal journal, BatchRunner runner) {
        out.println(plan.photoCount() + " photos in " + plan.spec().input() + ", results to "
                + plan.spec().out());
        BatchProgress progress = new BatchProgress(out, terminal, plan.photoCount(), System::nanoTime);
        CountDownLatch ended = new CountDownLatch(1);
        Thread onCtrlC = new Thread(
                () -> {
                    runner.cancel();
                    awaitQuietly(ended);
                },
                "batch-cancel");
        Runtime.getRuntime().addShutdownHook(onCtrlC);
        try {
            BatchSummary summary = runner.run(plan, journal, progress);
            progress.end();
            printSummary(summary, plan);
            return exitCode(summary);
        } finally {
            ended.countDown();
            ShutdownHooks.remove(onCtrlC);
        }
    }

    private Backend backend(BatchOptions options) {
        return options.remote()
                ? Backends.remote(options.service(), options.jobs(), options.timeout(), Runnable::run)
                : Backends.offline(Runnable::run);
    }

    private void printSummary(BatchSummary summary, BatchPlan plan) {
        StringBuilder line =
                new StringBuilder(plan.photoCount() + " photos: " + (summary.done() + summary.alreadyDone()) + " done");
        if (summary.alreadyDone() > 0) {
            line.append(" (").append(summary.alreadyDone()).append(" by an earlier run)");
        }
        for (BatchItemState state : List.of(BatchItemState.SKIPPED, BatchItemState.FAILED, BatchItemState.CANCELLED)) {
            long count = summary.count(state);
            if (count > 0) {
                line.append(", ").append(count).append(' ').append(state.name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        out.println(line.append('.'));
        for (BatchUpdate update : summary.notDone()) {
            out.println("  " + BatchProgress.line(update));
        }
        if (!summary.allDone()
                && summary.count(BatchItemState.SKIPPED) < summary.notDone().size()) {
            out.println("Run the same command again to retry what failed or was cancelled; done photos are kept.");
        }
    }

    private static int exitCode(BatchSummary summary) {
        if (summary.allDone()) {
            return ExitCode.OK;
        }
        return summary.count(BatchItemState.CANCELLED) > 0 ? ExitCode.CANCELLED : ExitCode.TASK_FAILED;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
