package org.inpaintstudio.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.inpaintstudio.api.ApiKeyFormat;
import org.inpaintstudio.api.ApiLimits;
import org.inpaintstudio.backend.LocalBackendSettings;
import org.inpaintstudio.engine.InpaintMethod;
import org.inpaintstudio.server.ServerSettings;

/**
 * The options of {@code serve}, with the service's defaults: loopback, port 8765, 2 tasks a second per key.
 *
 * @param apiKey null when none was given: one is generated and printed once
 * @param apiKeySource where the key came from ({@code --api-key}, {@code --api-key-file}, the variable), or null
 * @param apiKeyTrimmed the key had white space around it, which was dropped
 * @param qps 0 lifts the rate limit
 * @param allowUrlHosts empty: any host may be fetched
 * @param model a model file to serve instead of the offline engine, or null
 */
record ServeOptions(
        String host,
        int port,
        String apiKey,
        String apiKeySource,
        boolean apiKeyTrimmed,
        double qps,
        int workers,
        int maxQueue,
        List<String> allowUrlHosts,
        boolean allowPrivateUrls,
        InpaintMethod method,
        Path model) {
    static final int DEFAULT_MAX_QUEUE = 16;
    static final String KEY_VARIABLE = "INPAINT_SERVE_API_KEY";
    private static final long MAX_KEY_FILE_BYTES = 4096;

    /** Reads the options alone, as if no variable were set. */
    static ServeOptions parse(List<String> args) throws OptionException {
        return parse(args, Map.of());
    }

    /**
     * Reads {@code --name value} or {@code --name=value}, each option at most once; the key comes from
     * {@code --api-key}, {@code --api-key-file} or {@value #KEY_VARIABLE}, in that order.
     */
    static ServeOptions parse(List<String> args, Map<String, String> environment) throws OptionException {
        String host = ServerSettings.LOOPBACK;
        int port = ServerSettings.DEFAULT_PORT;
        String rawKey = null;
        String keySource = null;
        boolean allowPrivateUrls = false;
        double qps = ApiLimits.DEFAULT_QPS;
        int workers = LocalBackendSettings.defaultWorkers();
        int maxQueue = DEFAULT_MAX_QUEUE;
        List<String> allowUrlHosts = List.of();
        InpaintMethod method = InpaintMethod.AUTO;
        Path model = null;
        Set<String> seen = new HashSet<>();
        for (Iterator<String> it = args.iterator(); it.hasNext(); ) {
            String arg = it.next();
            int equals = arg.indexOf('=');
            String name = arg.startsWith("--") && equals > 0 ? arg.substring(0, equals) : arg;
            String inline = equals > 0 && name.length() < arg.length() ? arg.substring(equals + 1) : null;
            if (name.equals("--allow-private-urls")) {
                if (inline != null || !seen.add(name)) {
                    throw new OptionException("--allow-private-urls takes no value and is given once.");
                }
                allowPrivateUrls = true;
                continue;
            }
            if (!seen.add(name)) {
                throw new OptionException(name + " is given twice; give it once.");
            }
            switch (name) {
                case "--host" -> host = text(name, inline, it);
                case "--port" -> port = whole(name, text(name, inline, it), 0, 65535);
                case "--api-key" -> {
                    rawKey = rawText(name, inline, it);
                    keySource = name;
                }
                case "--api-key-file" -> {
                    rawKey = keyFile(text(name, inline, it));
                    keySource = name;
                }
                case "--qps" -> qps = rate(text(name, inline, it));
                case "--workers" -> workers = whole(name, text(name, inline, it), 1, 256);
                case "--max-queue" -> maxQueue = whole(name, text(name, inline, it), 0, 100_000);
                case "--allow-url-hosts" -> allowUrlHosts = hosts(text(name, inline, it));
                case "--method" -> method = method(text(name, inline, it));
                case "--model" -> model = Path.of(text(name, inline, it));
                default ->
                    throw new OptionException(
                            "Unknown option " + arg + ". Run 'inpaint-studio serve --help' for the options.");
            }
        }
        if (seen.contains("--api-key") && seen.contains("--api-key-file")) {
            throw new OptionException("Give either --api-key or --api-key-file, not both.");
        }
        if (keySource == null && environment.get(KEY_VARIABLE) != null) {
            rawKey = environment.get(KEY_VARIABLE);
            keySource = KEY_VARIABLE;
        }
        String apiKey = rawKey == null ? null : checkedKey(rawKey, keySource);
        boolean trimmed = apiKey != null && !keySource.equals("--api-key-file") && ApiKeyFormat.needsTrimming(rawKey);
        return new ServeOptions(
                host,
                port,
                apiKey,
                keySource,
                trimmed,
                qps,
                workers,
                maxQueue,
                allowUrlHosts,
                allowPrivateUrls,
                method,
                model);
    }

    /** The key, stripped and checked; the message of a bad one names its source and never quotes it. */
    private static String checkedKey(String raw, String source) throws OptionException {
        String key = ApiKeyFormat.trim(raw);
        if (key.isEmpty()) {
            throw new OptionException(source + " holds no key; write the key clients must send in X-API-KEY.");
        }
        var problem = ApiKeyFormat.problem(key);
        if (problem.isPresent()) {
            throw new OptionException(source + ": " + problem.get() + ".");
        }
        return key;
    }

    /** The file's whole content (a key and perhaps a line break); small, so a wrong file is not read into memory. */
    private static String keyFile(String file) throws OptionException {
        Path path = Path.of(file);
        try {
            if (Files.size(path) > MAX_KEY_FILE_BYTES) {
                throw new OptionException("--api-key-file " + file + " is over " + MAX_KEY_FILE_BYTES
                        + " bytes; it should hold just the key.");
            }
            return new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new OptionException("--api-key-file " + file + " cannot be read ("
                    + e.getClass().getSimpleName() + "); give a readable file that holds the key.");
        }
    }

    private static String text(String name, String inline, Iterator<String> rest) throws OptionException {
        return rawText(name, inline, rest).strip();
    }

    private static String rawText(String name, String inline, Iterator<String> rest) throws OptionException {
        String value = inline != null ? inline : rest.hasNext() ? rest.next() : null;
        if (value == null || value.isBlank() || inline == null && value.startsWith("--")) {
            throw new OptionException(name + " needs a value. Run 'inpaint-studio serve --help' for the options.");
        }
        return value;
    }

    private static int whole(String name, String value, int min, int max) throws OptionException {
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new OptionException(name + " must be a whole number from " + min + " to " + max + "; was " + value);
    }

    private static double rate(String value) throws OptionException {
        try {
            double number = Double.parseDouble(value);
            if (number >= 0 && Double.isFinite(number)) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new OptionException(
                "--qps must be a number of tasks a second per key, like 2, or 0 for no limit;" + " was " + value);
    }

    private static List<String> hosts(String value) throws OptionException {
        List<String> hosts = new ArrayList<>();
        for (String host : value.split(",")) {
            String h = host.strip().toLowerCase(Locale.ROOT);
            if (!h.matches("(\\*\\.)?[a-z0-9._:\\[\\]-]+")) {
                throw new OptionException("--allow-url-hosts takes host names separated by commas, like "
                        + "images.example.com,*.cdn.example.org; '" + host + "' is not one");
            }
            hosts.add(h);
        }
        return List.copyOf(hosts);
    }

    private static InpaintMethod method(String value) throws OptionException {
        try {
            return InpaintMethod.parse(value);
        } catch (IllegalArgumentException e) {
            throw new OptionException("--method must be auto, patch or telea; was " + value);
        }
    }

    /** True unless the server listens on a loopback address (127.x, ::1, localhost). */
    boolean reachableFromOtherMachines() {
        return !(host.startsWith("127.")
                || host.equals("::1")
                || host.equals("[::1]")
                || host.equalsIgnoreCase("localhost"));
    }

    @Override
    public String toString() {
        return "ServeOptions[" + host + ":" + port + ", key " + (apiKey == null ? "generated" : "given") + "]";
    }
}
