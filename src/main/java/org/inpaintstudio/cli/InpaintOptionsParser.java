package org.inpaintstudio.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.inpaintstudio.api.ApiKeyFormat;
import org.inpaintstudio.api.ApiLimits;
import org.inpaintstudio.api.ReturnType;
import org.inpaintstudio.client.ApiKey;
import org.inpaintstudio.engine.InpaintMethod;
import org.inpaintstudio.image.ImageFormat;

/**
 * Reads the options of {@code inpaint}: {@code --name value} or {@code --name=value}, each at most once. Every
 * mistake is an {@link OptionException} that names the option and says what to write instead.
 */
final class InpaintOptionsParser {
    static final String KEY_VARIABLE = "INPAINT_API_KEY";
    static final List<String> IMAGE_OPTIONS = List.of("--image", "--image-url", "--image-base64");
    static final List<String> MASK_OPTIONS = List.of("--mask", "--mask-url", "--mask-base64", "--rects");
    private static final List<String> VALUED = List.of(
            "--api-url",
            "--api-key",
            "--image",
            "--image-url",
            "--image-base64",
            "--mask",
            "--mask-url",
            "--mask-base64",
            "--rects",
            "--return-type",
            "--qps",
            "--timeout",
            "--out",
            "--method",
            "--seed",
            "--model",
            "--sample-area");
    private static final List<String> FLAGS = List.of("--sync");
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

    private final Map<String, String> environment;

    InpaintOptionsParser(Map<String, String> environment) {
        this.environment = environment;
    }

    InpaintOptions parse(List<String> args) throws OptionException {
        Map<String, String> given = CommandOptions.read(args, VALUED, FLAGS, "inpaint");
        String apiUrl = CommandOptions.apiUrl(given.get("--api-url"));
        if (apiUrl != null && given.containsKey("--model")) {
            throw new OptionException("--model runs a model file on this machine; leave out --api-url to use it.");
        }
        boolean fromOption = given.containsKey("--api-key");
        String rawKey = fromOption ? given.get("--api-key") : environment.get(KEY_VARIABLE);
        ApiKey key = CommandOptions.apiKey(rawKey, fromOption ? "--api-key" : KEY_VARIABLE);
        return new InpaintOptions(
                apiUrl,
                key,
                exactlyOne(given, IMAGE_OPTIONS, "the image"),
                exactlyOne(given, MASK_OPTIONS, "what to repair"),
                given.containsKey("--sync"),
                returnType(given.get("--return-type")),
                CommandOptions.positive(given, "--qps", ApiLimits.DEFAULT_QPS),
                timeout(given),
                out(given.get("--out")),
                method(given.get("--method")),
                seed(given.get("--seed")),
                key.isPresent() && ApiKeyFormat.needsTrimming(rawKey),
                model(given.get("--model")),
                sampleArea(apiUrl, given.containsKey("--model"), given.get("--sample-area")));
    }

    private static InpaintOptions.Given exactlyOne(Map<String, String> given, List<String> options, String what)
            throws OptionException {
        List<String> present = options.stream().filter(given::containsKey).toList();
        if (present.size() != 1) {
            throw new OptionException((present.isEmpty() ? "Missing " + what : "Give only one of " + present)
                    + ": use one of " + String.join(", ", options) + ".");
        }
        String option = present.get(0);
        if (given.get(option).isBlank()) {
            throw new OptionException(option + " needs a value.");
        }
        return new InpaintOptions.Given(option, given.get(option));
    }

    private static ReturnType returnType(String value) throws OptionException {
        if (value == null) {
            return ReturnType.URL;
        }
        try {
            return ReturnType.fromCode(Integer.parseInt(value.strip())).orElseThrow(NumberFormatException::new);
        } catch (NumberFormatException e) {
            throw new OptionException("--return-type must be 1 (download URL), 2 (base64) or 3 (image bytes, with"
                    + " --sync); was " + value);
        }
    }

    private static Duration timeout(Map<String, String> given) throws OptionException {
        if (!given.containsKey("--timeout")) {
            return DEFAULT_TIMEOUT;
        }
        return Duration.ofMillis(
                Math.round(CommandOptions.positive(given, "--timeout", DEFAULT_TIMEOUT.toSeconds()) * 1000));
    }

    private static Path out(String value) throws OptionException {
        if (value == null || value.isBlank()) {
            throw new OptionException("Missing --out FILE: where to write the result, e.g. --out result.png.");
        }
        if (ImageFormat.fromFileName(value).isEmpty()) {
            throw new OptionException("--out must end in one of " + ImageFormat.supportedExtensions()
                    + " to choose the result's format; was " + value);
        }
        return Path.of(value);
    }

    private static InpaintMethod method(String value) throws OptionException {
        if (value == null) {
            return InpaintMethod.AUTO;
        }
        try {
            return InpaintMethod.parse(value);
        } catch (IllegalArgumentException e) {
            throw new OptionException("--method must be auto, patch or telea; was " + value);
        }
    }

    private static Path model(String value) throws OptionException {
        if (value == null) {
            return null;
        }
        if (value.isBlank()) {
            throw new OptionException("--model needs a file, like --model big-lama.onnx.");
        }
        return Path.of(value);
    }

    private static Path sampleArea(String apiUrl, boolean model, String value) throws OptionException {
        if (value == null) {
            return null;
        }
        if (apiUrl != null) {
            throw new OptionException("--sample-area works with the offline engine only: a remote service cannot"
                    + " be told where to copy from. Leave out --api-url or --sample-area.");
        }
        if (model) {
            throw new OptionException("--sample-area works with the offline engine only: a model does not copy"
                    + " from the photo. Leave out --model or --sample-area.");
        }
        return Path.of(value);
    }

    private static Long seed(String value) throws OptionException {
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new OptionException("--seed must be a whole number, like 42; was " + value);
        }
    }
}
