package org.inpaintstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keys are checked where they come in: printable ASCII, white space around them dropped with a note, a bad one
 * refused with exit 2 and a message that never holds the key. {@code serve} reads its key from a file or a variable
 * so it need not show in the process list.
 */
class ApiKeyEntryTest {
    /** A key as copied from a web page, with a no-break space at its end. */
    private static final String PASTED = "sk-live-0a1b2c3d4e5f6a7b8c9d\u00a0";

    private static final String KEY = "sk-live-0a1b2c3d4e5f6a7b8c9d";
    private static final List<String> INPAINT =
            List.of("--api-url", "http://127.0.0.1:9", "--image", "in.png", "--rects", "[]", "--out", "out.png");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private PrintStream stream(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    @Test
    void aKeyWithANonAsciiCharacterExitsTwoWithoutShowingIt() {
        int code = new InpaintCommand(stream(out), stream(err), Map.of())
                .run(concat(INPAINT, "--api-key", "sk-live-\u201cquoted\u201d-0a1b2c"));

        assertEquals(ExitCode.BAD_INPUT, code);
        assertTrue(errors().contains("not printable ASCII (U+201C, character 9 of 23)"), errors());
        assertFalse(errors().contains("quoted") || errors().contains("0a1b2c"), errors());
    }

    @Test
    void aKeyFromTheVariableIsCheckedToo() {
        String message = assertThrows(
                        OptionException.class,
                        () -> new InpaintOptionsParser(Map.of(InpaintOptionsParser.KEY_VARIABLE, "abc\u0000def"))
                                .parse(INPAINT))
                .getMessage();

        assertTrue(message.startsWith(InpaintOptionsParser.KEY_VARIABLE + ": ") && message.contains("U+0000"), message);
        assertFalse(message.contains("abc"), message);
    }

    @Test
    void aTrailingNoBreakSpaceIsTrimmedWithANote() throws Exception {
        InpaintOptions options = new InpaintOptionsParser(Map.of()).parse(concat(INPAINT, "--api-key", PASTED));

        assertTrue(options.apiKeyTrimmed());
        assertTrue(options.apiKey().redact("k=" + KEY).equals("k=[api key]"), "the stripped key is the one in use");
        assertFalse(new InpaintOptionsParser(Map.of())
                .parse(concat(INPAINT, "--api-key", KEY))
                .apiKeyTrimmed());
    }

    @Test
    void serveReadsItsKeyFromAFileAndIgnoresTheLineBreak() throws Exception {
        Path file = Files.writeString(dir.resolve("key"), KEY + "\n");

        ServeOptions options = ServeOptions.parse(List.of("--api-key-file", file.toString()));

        assertEquals(KEY, options.apiKey());
        assertEquals("--api-key-file", options.apiKeySource());
        assertFalse(options.apiKeyTrimmed(), "a line break at the end of a file is expected, not noted");
    }

    @Test
    void serveReadsItsKeyFromTheVariableWhenNoOptionGivesOne() throws Exception {
        ServeOptions options = ServeOptions.parse(List.of(), Map.of(ServeOptions.KEY_VARIABLE, " " + KEY));

        assertEquals(KEY, options.apiKey());
        assertTrue(options.apiKeyTrimmed());
        assertEquals(
                "given",
                ServeOptions.parse(List.of("--api-key", "other-key-1"), Map.of(ServeOptions.KEY_VARIABLE, KEY))
                        .apiKey()
                        .replace("other-key-1", "given"));
    }

    @Test
    void serveRefusesABadKeyFileWithoutQuotingIt() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad"), "sk-\u00e9t\u00e9-secret");
        Path empty = Files.writeString(dir.resolve("empty"), "\n");

        String message = assertThrows(
                        OptionException.class, () -> ServeOptions.parse(List.of("--api-key-file", bad.toString())))
                .getMessage();
        assertTrue(message.contains("U+00E9"), message);
        assertFalse(message.contains("secret"), message);
        assertTrue(assertThrows(
                        OptionException.class, () -> ServeOptions.parse(List.of("--api-key-file", empty.toString())))
                .getMessage()
                .contains("holds no key"));
        assertTrue(assertThrows(
                        OptionException.class,
                        () -> ServeOptions.parse(
                                List.of("--api-key-file", dir.resolve("missing").toString())))
                .getMessage()
                .contains("cannot be read"));
        assertTrue(assertThrows(
                        OptionException.class,
                        () -> ServeOptions.parse(List.of("--api-key", KEY, "--api-key-file", bad.toString())))
                .getMessage()
                .contains("not both"));
    }

    @Test
    void serveWithABadKeyExitsTwo() {
        ServeCommand serve = new ServeCommand(
                stream(out),
                stream(err),
                method -> null,
                Map.of(ServeOptions.KEY_VARIABLE, PASTED.replace("\u00a0", "\u00a0x")));

        assertEquals(ExitCode.BAD_INPUT, serve.run(List.of("--port", "0")));
        assertTrue(errors().contains("U+00A0"), errors());
        assertFalse(errors().contains("0a1b2c"), errors());
    }

    private static List<String> concat(List<String> first, String... more) {
        List<String> all = new java.util.ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }
}
