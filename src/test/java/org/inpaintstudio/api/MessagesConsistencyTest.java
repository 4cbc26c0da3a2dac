package org.inpaintstudio.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.inpaintstudio.client.ClientNotice;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every message used is defined in English and Chinese, and every message defined is used: keys named in the code
 * as literals, plus those the enums build (state.*, status.*, notice.*).
 */
class MessagesConsistencyTest {
    private static final Pattern KEY_LITERAL = Pattern.compile("\"((?:validation|error)\\.[a-z0-9.-]+)\"");

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesConsistencyTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> literalKeys(String pkg) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/inpaintstudio", pkg))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    private static Set<String> usedKeys(String pkg) throws IOException {
        Set<String> keys = literalKeys(pkg);
        if (pkg.equals("api")) {
            for (TaskState state : TaskState.values()) {
                keys.add(state.key() + ".meaning");
                if (state.isFailure()) {
                    keys.add(state.key() + ".advice");
                }
            }
            for (ApiStatus status : ApiStatus.values()) {
                keys.add("status." + status.code() + ".meaning");
                keys.add("status." + status.code() + ".advice");
            }
        } else {
            for (ClientNotice notice : ClientNotice.values()) {
                keys.add("notice." + notice.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            }
        }
        return keys;
    }

    @ParameterizedTest
    @ValueSource(strings = {"api", "client"})
    void englishAndChineseDefineExactlyTheKeysTheCodeUses(String pkg) throws IOException {
        Properties english = load("/org/inpaintstudio/" + pkg + "/messages.properties");
        Properties chinese = load("/org/inpaintstudio/" + pkg + "/messages_zh_CN.properties");
        Set<String> used = usedKeys(pkg);

        assertFalse(used.isEmpty());
        assertEquals(used, new TreeSet<>(english.stringPropertyNames()), "English " + pkg);
        assertEquals(used, new TreeSet<>(chinese.stringPropertyNames()), "Chinese " + pkg);
        for (String key : used) {
            assertFalse(english.getProperty(key).equals(chinese.getProperty(key)), key + " is not translated");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"org.inpaintstudio.api.messages", "org.inpaintstudio.client.messages"})
    void aChineseSystemStillGetsEnglishWhenEnglishIsAskedFor(String bundle) {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            String key = bundle.contains("api") ? "state.done.meaning" : "error.cancelled";
            String english = new MessageBundle(bundle).format(Locale.ROOT, key);
            assertEquals(english, new MessageBundle(bundle).format(Locale.ENGLISH, key));
            assertFalse(english.equals(new MessageBundle(bundle).format(Locale.SIMPLIFIED_CHINESE, key)));
        } finally {
            Locale.setDefault(before);
        }
    }
}
