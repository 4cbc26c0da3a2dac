package org.inpaintstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CommandLineTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CommandLine commandLine = new CommandLine(
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void helpListsTheCommands() {
        assertEquals(ExitCode.OK, commandLine.run(new String[] {"--help"}));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("inpaint-studio inpaint"), text);
        assertTrue(text.contains("--version"), text);
    }

    @Test
    void versionNamesTheApp() {
        assertEquals(ExitCode.OK, commandLine.run(new String[] {"--version"}));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Inpaint Studio "));
    }

    @Test
    void unknownOptionIsBadInputWithAHint() {
        assertEquals(ExitCode.BAD_INPUT, commandLine.run(new String[] {"--frobnicate"}));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--help"));
    }
}
