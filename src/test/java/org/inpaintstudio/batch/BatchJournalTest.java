package org.inpaintstudio.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchJournalTest {
    @TempDir
    Path out;

    private BatchItem item(String name) {
        return new BatchItem(name, out.resolve("in-" + name), null, out.resolve(name));
    }

    @Test
    void aDoneItemIsDoneForTheNextRunWhileItsResultAndFingerprintStay() throws Exception {
        BatchItem a = item("a.png");
        Files.writeString(a.result(), "result");
        try (BatchJournal journal = BatchJournal.open(out)) {
            journal.recordDone(a, "f1");
        }

        try (BatchJournal journal = BatchJournal.open(out)) {
            assertTrue(journal.isDone(a, "f1"));
            assertFalse(journal.isDone(a, "f2"), "a changed photo or mask is done again");
            assertFalse(journal.isDone(item("b.png"), "f1"));
        }
        Files.delete(a.result());
        try (BatchJournal journal = BatchJournal.open(out)) {
            assertFalse(journal.isDone(a, "f1"), "a result deleted since is made again");
        }
    }

    @Test
    void aFailureAfterADoneAndAFailureAloneAreNotDone() throws Exception {
        BatchItem a = item("a.png");
        Files.writeString(a.result(), "old result");
        try (BatchJournal journal = BatchJournal.open(out)) {
            journal.recordDone(a, "f1");
            journal.recordFailed(a, "f1", "disk full");
        }
        try (BatchJournal journal = BatchJournal.open(out)) {
            assertFalse(journal.isDone(a, "f1"), "the last line of an item counts");
        }
    }

    @Test
    void aLineCutOffByAPowerCutIsIgnoredAndTheLinesBeforeItKept() throws Exception {
        BatchItem a = item("a.png");
        BatchItem b = item("b.png");
        Files.writeString(a.result(), "result");
        Files.writeString(b.result(), "result");
        try (BatchJournal journal = BatchJournal.open(out)) {
            journal.recordDone(a, "f1");
        }
        Files.writeString(
                out.resolve(BatchJournal.FILE_NAME),
                "done\tb.png\tf",
                StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);

        try (BatchJournal journal = BatchJournal.open(out)) {
            assertTrue(journal.isDone(a, "f1"));
            assertFalse(journal.isDone(b, "f"), "the cut line does not count");
            journal.recordDone(b, "f");
        }
        try (BatchJournal journal = BatchJournal.open(out)) {
            assertTrue(journal.isDone(b, "f"), "a line written after the cut one is read");
        }
    }

    @Test
    void namesAndReasonsWithTabsAndLineBreaksStayOnOneLine() throws Exception {
        BatchItem odd = item("a\tb%09.png");
        Files.writeString(odd.result(), "result");
        try (BatchJournal journal = BatchJournal.open(out)) {
            journal.recordFailed(item("x.png"), "f", "line one\nline two");
            journal.recordDone(odd, "f\t2");
        }

        assertEquals(2, Files.readAllLines(out.resolve(BatchJournal.FILE_NAME)).size());
        try (BatchJournal journal = BatchJournal.open(out)) {
            assertTrue(journal.isDone(odd, "f\t2"));
        }
    }
}
