package org.inpaintstudio.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.inpaintstudio.api.ApiKeyFormat;
import org.inpaintstudio.api.ApiLimits;
import org.inpaintstudio.backend.RemoteServiceSettings;
import org.inpaintstudio.batch.BatchSpec;
import org.inpaintstudio.batch.ResultFormat;
import org.inpaintstudio.image.MaskRectangle;

/** Reads the options of {@code batch}; every mistake is an {@link OptionException} that says what to write. */
final class BatchOptionsParser {
    /** More photos at once than this only costs memory: the engine uses every core, a service has its rate. */
    static final int MAX_JOBS = 16;

    private static final List<String> VALUED = List.of(
            "--input",
            "--masks",
            "--rects",
            "--out",
            "--api-url",
            "--api-key",
            "--jobs",
            "--qps",
            "--format",
            "--timeout");
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(300);

    private final Map<String, String> environment;

    BatchOptionsParser(Map<String, String> environment) {
        this.environment = environment;
    }

    BatchOptions parse(List<String> args) throws OptionException {
        Map<String, String> given = CommandOptions.read(args, VALUED, List.of(), "batch");
        Path input = folder(given, "--input", "the folder of photos");
        Path out = folder(given, "--out", "the folder for the results");
        if (given.containsKey("--masks") == given.containsKey("--rects")) {
            throw new OptionException("Give either --masks DIR (a.jpg takes a.png from it) or --rects"
                    + " (the same rectangles for every photo), not "
                    + (given.containsKey("--masks") ? "both" : "neither")
                    + ".");
        }
        ResultFormat format = ResultFormat.parse(given.getOrDefault("--format", "same"))
                .orElseThrow(
                        () -> new OptionException("--format must be same, png or jpg; was " + given.get("--format")));
        BatchSpec spec = given.containsKey("--masks")
                ? BatchSpec.withMasks(input, folder(given, "--masks", "the folder of masks"), out, format)
                : BatchSpec.withRectangles(input, rectangles(given.get("--rects")), out, format);
        String apiUrl = CommandOptions.apiUrl(given.get("--api-url"));
        double qps = CommandOptions.positive(given, "--qps", ApiLimits.DEFAULT_QPS);
        return new BatchOptions(
                spec,
                apiUrl == null ? null : new RemoteServiceSettings(apiUrl, apiKey(given), qps),
                jobs(given.get("--jobs")),
                Duration.ofMillis(
                        Math.round(CommandOptions.positive(given, "--timeout", DEFAULT_TIMEOUT.toSeconds()) * 1000)));
    }

    /** The key as the service gets it (checked, white space trimmed), or empty; never part of a message. */
    private String apiKey(Map<String, String> given) throws OptionException {
        boolean fromOption = given.containsKey("--api-key");
        String raw = fromOption ? given.get("--api-key") : environment.get(InpaintOptionsParser.KEY_VARIABLE);
        CommandOptions.apiKey(raw, fromOption ? "--api-key" : InpaintOptionsParser.KEY_VARIABLE);
        return raw == null ? "" : ApiKeyFormat.trim(raw);
    }

    private static Path folder(Map<String, String> given, String option, String what) throws OptionException {
        String value = given.get(option);
        if (value == null || value.isBlank()) {
            throw new OptionException("Missing " + option + " DIR: " + what + ".");
        }
        return Path.of(value);
    }

    private static List<MaskRectangle> rectangles(String value) throws OptionException {
        List<MaskRectangle> rectangles = RequestFromOptions.rectangles(value);
        if (rectangles.isEmpty()) {
            throw new OptionException("--rects has no rectangle: give at least one, like "
                    + "'[{\"x\":0,\"y\":0,\"width\":100,\"height\":100}]'.");
        }
        return rectangles;
    }

    /**
     * Two by default: offline the engine (which uses every core by itself) fills one photo while the last is saved;
     * on a service one waits while the other is sent.
     */
    private static int jobs(String value) throws OptionException {
        if (value == null) {
            return 2;
        }
        try {
            int jobs = Integer.parseInt(value.strip());
            if (jobs >= 1 && jobs <= MAX_JOBS) {
                return jobs;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new OptionException("--jobs must be a whole number from 1 to " + MAX_JOBS + "; was " + value);
    }
}
