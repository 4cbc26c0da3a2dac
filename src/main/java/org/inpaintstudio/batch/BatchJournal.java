package org.inpaintstudio.batch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * The record a batch keeps in its output folder ({@value #FILE_NAME}), so that a run stopped by Ctrl+C, a kill or
 * a power cut resumes where it was: one line per finished item, appended and forced to disk after the item's result
 * was written (atomically), so a line never names a result that is not whole. A half-written last line, from a cut
 * in the middle of it, is dropped when the journal is opened; its item is simply done again.
 *
 * <p>Each line holds the item's fingerprint (photo and mask sizes and times, the rectangles, the result format):
 * a photo or mask changed since, or other settings, make the item run again. Names and reasons only; never a key.
 */
public final class BatchJournal implements AutoCloseable {
    public static final String FILE_NAME = ".inpaint-batch.journal";
    private static final String DONE = "done";
    private static final String FAILED = "failed";

    private final FileChannel channel;
    private final Map<String, Entry> entries;

    private BatchJournal(FileChannel channel, Map<String, Entry> entries) {
        this.channel = channel;
        this.entries = entries;
    }

    /** Opens the journal of {@code folder}, creating the folder and the journal when needed. */
    public static BatchJournal open(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(FILE_NAME);
        byte[] bytes = Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
        int whole = lastLineEnd(bytes);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        // A line cut off by a power cut is dropped, so the next line starts on a line of its own.
        channel.truncate(whole);
        channel.position(whole);
        return new BatchJournal(channel, read(new String(bytes, 0, whole, StandardCharsets.UTF_8)));
    }

    private static int lastLineEnd(byte[] bytes) {
        for (int i = bytes.length - 1; i >= 0; i--) {
            if (bytes[i] == '\n') {
                return i + 1;
            }
        }
        return 0;
    }

    /** Whether {@code item} was done with this fingerprint by an earlier run, and its result is still there. */
    public synchronized boolean isDone(BatchItem item, String fingerprint) {
        Entry entry = entries.get(item.name());
        return entry != null
                && entry.done()
                && entry.fingerprint().equals(fingerprint)
                && Files.isRegularFile(item.result());
    }

    public synchronized void recordDone(BatchItem item, String fingerprint) throws IOException {
        append(new Entry(item.name(), true, fingerprint, ""));
    }

    public synchronized void recordFailed(BatchItem item, String fingerprint, String reason) throws IOException {
        append(new Entry(item.name(), false, fingerprint, reason));
    }

    private void append(Entry entry) throws IOException {
        String line = String.join(
                        "\t",
                        entry.done() ? DONE : FAILED,
                        escape(entry.name()),
                        escape(entry.fingerprint()),
                        escape(entry.reason()))
                + "\n";
        ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
        channel.force(false);
        entries.put(entry.name(), entry);
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }

    private static Map<String, Entry> read(String text) {
        Map<String, Entry> entries = new HashMap<>();
        for (String line : text.split("\n")) {
            String[] fields = line.split("\t", -1);
            if (fields.length == 4 && (fields[0].equals(DONE) || fields[0].equals(FAILED))) {
                String name = unescape(fields[1]);
                entries.put(name, new Entry(name, fields[0].equals(DONE), unescape(fields[2]), unescape(fields[3])));
            }
        }
        return entries;
    }

    /** Tabs and line breaks (and the escape itself) written as %09, %0A, %0D, %25 so a line stays one line. */
    static String escape(String text) {
        return text.replace("%", "%25")
                .replace("\t", "%09")
                .replace("\n", "%0A")
                .replace("\r", "%0D");
    }

    static String unescape(String text) {
        return text.replace("%09", "\t")
                .replace("%0A", "\n")
                .replace("%0D", "\r")
                .replace("%25", "%");
    }

    private record Entry(String name, boolean done, String fingerprint, String reason) {}
}
