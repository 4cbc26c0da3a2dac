package org.inpaintstudio.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.inpaintstudio.batch.BatchItemState;
import org.inpaintstudio.batch.BatchUpdate;

/**
 * Shows a batch going: on a terminal one line redrawn in place, a bar with the count, the rate and the time left,
 * with each problem printed above it as it happens; otherwise (a log, a pipe) one plain line per finished photo.
 */
final class BatchProgress implements Consumer<BatchUpdate> {
    private static final int BAR_WIDTH = 24;

    private final PrintStream out;
    private final boolean terminal;
    private final int total;
    private final LongSupplier nanoClock;
    private final long startNanos;
    private final Set<String> finished = new HashSet<>();
    private int doneThisRun;
    private int width;

    BatchProgress(PrintStream out, boolean terminal, int total, LongSupplier nanoClock) {
        this.out = out;
        this.terminal = terminal;
        this.total = total;
        this.nanoClock = nanoClock;
        this.startNanos = nanoClock.getAsLong();
    }

    @Override
    public synchronized void accept(BatchUpdate update) {
        if (!update.state().isFinal()) {
            if (terminal && update.state() == BatchItemState.RUNNING) {
                drawBar();
            }
            return;
        }
        if (!finished.add(update.name())) {
            return;
        }
        if (update.state() == BatchItemState.DONE) {
            doneThisRun++;
        }
        if (terminal) {
            if (!update.state().isDone()) {
                clearBar();
                out.println(line(update));
            }
            drawBar();
        } else {
            out.println(line(update) + " (" + finished.size() + "/" + total + ")");
        }
        out.flush();
    }

    /** Ends the bar's line so that what follows starts on its own. */
    synchronized void end() {
        if (terminal && width > 0) {
            out.println();
            width = 0;
        }
    }

    static String line(BatchUpdate update) {
        String what = switch (update.state()) {
            case DONE -> "done";
            case ALREADY_DONE -> "already done";
            case SKIPPED -> "skipped";
            case FAILED -> "failed";
            case CANCELLED -> "cancelled";
            default -> update.state().name().toLowerCase(java.util.Locale.ROOT);
        };
        return what + " " + update.name() + (update.reason().isEmpty() ? "" : ": " + update.reason());
    }

    private void drawBar() {
        int filled = total == 0 ? BAR_WIDTH : finished.size() * BAR_WIDTH / total;
        StringBuilder bar = new StringBuilder("\r[")
                .append("#".repeat(filled))
                .append("-".repeat(BAR_WIDTH - filled))
                .append("] ")
                .append(finished.size())
                .append('/')
                .append(total);
        double seconds = (nanoClock.getAsLong() - startNanos) / 1e9;
        if (doneThisRun > 0 && seconds > 0) {
            double rate = doneThisRun / seconds;
            long left = Math.round((total - finished.size()) / rate);
            bar.append(String.format(java.util.Locale.ROOT, "  %.2f photos/s  ETA %s", rate, clock(left)));
        }
        String text = bar.toString();
        int padding = Math.max(0, width - text.length());
        out.print(text + " ".repeat(padding));
        width = text.length();
        out.flush();
    }

    private void clearBar() {
        if (width > 0) {
            out.print("\r" + " ".repeat(width) + "\r");
            width = 0;
        }
    }

    static String clock(long seconds) {
        Duration d = Duration.ofSeconds(seconds);
        return d.toHours() > 0
                ? String.format(
                        java.util.Locale.ROOT, "%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart())
                : String.format(java.util.Locale.ROOT, "%d:%02d", d.toMinutes(), d.toSecondsPart());
    }
}
