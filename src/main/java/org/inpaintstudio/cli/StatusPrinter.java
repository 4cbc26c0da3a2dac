package org.inpaintstudio.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.inpaintstudio.api.TaskStatus;
import org.inpaintstudio.client.ClientNotice;
import org.inpaintstudio.client.TaskListener;

/** Prints each new state as it comes ("queued", "processing 40%"), and the client's notices on the error stream. */
final class StatusPrinter implements TaskListener {
    private final PrintStream out;
    private final PrintStream err;
    private String last = "";

    StatusPrinter(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public void onStatus(TaskStatus status) {
        String line = status.state().meaning(Locale.ROOT);
        if (!status.state().isFinished() && status.progress() > 0) {
            line += " " + status.progress() + "%";
        }
        if (!line.equals(last)) {
            out.println(line);
            last = line;
        }
    }

    @Override
    public void onNotice(ClientNotice notice) {
        err.println("note: " + notice.message(Locale.ROOT));
    }
}
