package org.inpaintstudio.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the bundles and the code in step (after JabRef's LocalizationConsistencyTest): a key used in the code
 * must be defined, a defined key must be used, and the Chinese bundle must have every key with the same
 * placeholders. Keys appear in the code as whole string literals, never built from pieces.
 */
class MessagesConsistencyTest {
    private static final Path SOURCES = Path.of("src/main/java/org/inpaintstudio/ui");
    private static final Path BUNDLES = Path.of("src/main/resources/org/inpaintstudio/ui");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9]+)+)\"");
    private static final Pattern CALL = Pattern.compile("Messages\\.(?:get|format)\\(\\s*\"([^\"]+)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    private static Properties english;
    private static Properties chinese;
    private static Set<String> literals;
    private static Set<String> called;

    @BeforeAll
    static void read() throws IOException {
        english = load("messages.properties");
        chinese = load("messages_zh_CN.properties");
        literals = new TreeSet<>();
        called = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                collect(LITERAL, source, literals);
                collect(CALL, source, called);
            }
        }
    }

    @Test
    void everyKeyPassedToMessagesIsDefined() {
        Set<String> missing =
                called.stream().filter(k -> !english.containsKey(k)).collect(Collectors.toSet());
        assertTrue(missing.isEmpty(), "used in code but missing from messages.properties: " + missing);
    }

    @Test
    void everyKeyLikeLiteralInAKnownGroupIsDefined() {
        Set<String> groups = english.stringPropertyNames().stream()
                .map(k -> k.substring(0, k.indexOf('.')))
                .collect(Collectors.toSet());
        Set<String> missing = literals.stream()
                .filter(k -> groups.contains(k.substring(0, k.indexOf('.'))) && !english.containsKey(k))
                .filter(k -> !k.endsWith(".css") && !k.endsWith(".png") && !k.endsWith(".json"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(missing.isEmpty(), "key-like literals missing from messages.properties: " + missing);
    }

    @Test
    void everyDefinedKeyIsUsed() {
        Set<String> unused = new TreeSet<>(english.stringPropertyNames());
        unused.removeAll(literals);
        assertTrue(unused.isEmpty(), "defined in messages.properties but never used: " + unused);
    }

    @Test
    void chineseHasEveryKeyWithTheSamePlaceholders() {
        Set<String> missing = new TreeSet<>(english.stringPropertyNames());
        missing.removeAll(chinese.stringPropertyNames());
        assertTrue(missing.isEmpty(), "missing in messages_zh_CN.properties: " + missing);
        Set<String> extra = new TreeSet<>(chinese.stringPropertyNames());
        extra.removeAll(english.stringPropertyNames());
        assertTrue(extra.isEmpty(), "only in messages_zh_CN.properties: " + extra);
        for (String key : english.stringPropertyNames()) {
            assertEquals(
                    placeholders(english.getProperty(key)),
                    placeholders(chinese.getProperty(key)),
                    "placeholders of " + key);
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new HashSet<>();
        collect(PLACEHOLDER, text, found);
        return found;
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
