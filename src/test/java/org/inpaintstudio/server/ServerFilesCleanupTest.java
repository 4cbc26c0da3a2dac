package org.inpaintstudio.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server killed with -9 leaves its folder; the next one to start removes it, and never a running one's. */
class ServerFilesCleanupTest {
    @TempDir
    Path tmp;

    @Test
    void aDeadServersFolderGoesAtStartAndALiveOnesStays() throws Exception {
        Process ended = new ProcessBuilder("java", "-version")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        ended.waitFor();
        Path dead = Files.createDirectories(tmp.resolve(ServerFiles.PREFIX + ended.pid() + "-1/results"));
        Files.writeString(dead.resolve("r.png"), "left over");
        Path other = Files.createDirectories(tmp.resolve("inpaint-serve-old-style"));

        try (ServerFiles first = ServerFiles.create(tmp)) {
            assertFalse(Files.exists(dead.getParent()));
            assertTrue(Files.exists(other), "a folder without a pid is not ours to judge");
            assertTrue(first.root()
                    .getFileName()
                    .toString()
                    .startsWith(ServerFiles.PREFIX + ProcessHandle.current().pid() + "-"));
            try (ServerFiles second = ServerFiles.create(tmp)) {
                assertTrue(Files.exists(first.root()), "a running server's folder is kept");
            }
        }
    }
}
