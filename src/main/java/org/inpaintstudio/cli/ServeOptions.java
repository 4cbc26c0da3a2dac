package org.inpaintstudio.cli;

import org.inpaintstudio.engine.InpaintMethod;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.inpaintstudio.api.ApiLimits;
import org.inpaintstudio.backend.LocalBackendSettings;
import org.inpaintstudio.server.ServerSettings;

/**
 * The options of {@code serve}, with the service's defaults: loopback, port 8765, 2 tasks a second per key.
 *
 * @param apiKey null when none was given: one is generated and printed once
 * @param qps 0 lifts the rate limit
 * @param allowUrlHosts empty: any host may be fetched
 * @param model a model file to serve instead of the offline engine, or null
 */
record ServeOptions(String host, int port, String apiKey, double qps, int workers, int maxQueue,
                    List<String> allowUrlHosts, InpaintMethod method, Path model) {
    static final int DEFAULT_MAX_QUEUE = 16;

    /** Reads {@code --name value} or {@code --name=value}, each option at most once. */
    static ServeOptions parse(List<String> args) throws OptionException {
        String host = ServerSettings.LOOPBACK;
        int port = ServerSettings.DEFAULT_PORT;
        String apiKey = null;
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
            if (!seen.add(name)) {
                throw new OptionException(name + " is given twice; give it once.");
            }
            switch (name) {
                case "--host" -> host = text(name, inline, it);
                case "--port" -> port = whole(name, text(name, inline, it), 0, 65535);
                case "--api-key" -> apiKey = text(name, inline, it);
                case "--qps" -> qps = rate(text(name, inline, it));
                case "--workers" -> workers = whole(name, text(name, inline, it), 1, 256);
                case "--max-queue" -> maxQueue = whole(name, text(name, inline, it), 0, 100_000);
                case "--allow-url-hosts" -> allowUrlHosts = hosts(text(name, inline, it));
                case "--method" -> method = method(text(name, inline, it));
                case "--model" -> model = Path.of(text(name, inline, it));
                default -> throw new OptionException("Unknown option " + arg
                    + ". Run 'inpaint-studio serve --help' for the options.");
            }
        }
        return new ServeOptions(host, port, apiKey, qps, workers, maxQueue, allowUrlHosts, method, model);
    }

    private static String text(String name, String inline, Iterator<String> rest) throws OptionException {
        String value = inline != null ? inline : rest.hasNext() ? rest.next() : null;
        if (value == null || value.isBlank() || inline == null && value.startsWith("--")) {
            throw new OptionException(name + " needs a value. Run 'inpaint-studio serve --help' for the options.");
        }
        return value.strip();
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
        throw new OptionException("--qps must be a number of tasks a second per key, like 2, or 0 for no limit;"
            + " was " + value);
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
        return !(host.startsWith("127.") || host.equals("::1") || host.equals("[::1]")
            || host.equalsIgnoreCase("localhost"));
    }

    @Override
    public String toString() {
        return "ServeOptions[" + host + ":" + port + ", key " + (apiKey == null ? "generated" : "given") + "]";
    }
}
