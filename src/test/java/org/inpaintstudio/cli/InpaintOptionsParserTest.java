package org.inpaintstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.inpaintstudio.api.ReturnType;
import org.inpaintstudio.engine.InpaintMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InpaintOptionsParserTest {
    private static final List<String> MINIMAL = List.of("--image", "in.png", "--rects", "[]", "--out", "out.png");

    private static InpaintOptions parse(Map<String, String> env, String... args) throws OptionException {
        return new InpaintOptionsParser(env).parse(Arrays.asList(args));
    }

    private static String refusal(String... args) {
        List<String> all = new ArrayList<>(MINIMAL);
        all.addAll(Arrays.asList(args));
        return assertThrows(OptionException.class, () -> new InpaintOptionsParser(Map.of()).parse(all))
                .getMessage();
    }

    private static String refusalOf(String... args) {
        return assertThrows(OptionException.class, () -> new InpaintOptionsParser(Map.of()).parse(Arrays.asList(args)))
                .getMessage();
    }

    @Test
    void everyOptionIsRead() throws Exception {
        InpaintOptions options = parse(
                Map.of(),
                "--api-url",
                "https://api.example.com",
                "--api-key=k-1",
                "--image-url",
                "https://example.com/a.jpg",
                "--mask",
                "m.png",
                "--sync",
                "--return-type",
                "3",
                "--qps",
                "0.5",
                "--timeout",
                "2.5",
                "--out",
                "r.jpg",
                "--method",
                "TELEA",
                "--seed",
                "-7");

        assertEquals("https://api.example.com", options.apiUrl());
        assertTrue(options.apiKey().isPresent());
        assertEquals(new InpaintOptions.Given("--image-url", "https://example.com/a.jpg"), options.image());
        assertEquals(new InpaintOptions.Given("--mask", "m.png"), options.mask());
        assertTrue(options.sync());
        assertEquals(ReturnType.BINARY, options.returnType());
        assertEquals(0.5, options.requestsPerSecond());
        assertEquals(Duration.ofMillis(2500), options.timeout());
        assertEquals(Path.of("r.jpg"), options.out());
        assertEquals(InpaintMethod.TELEA, options.method());
        assertEquals(-7L, options.seed());
    }

    @Test
    void defaultsAreAsyncUrlResultTwoPerSecondTwoMinutesAutoAndOffline() throws Exception {
        InpaintOptions options = new InpaintOptionsParser(Map.of()).parse(MINIMAL);

        assertFalse(options.remote());
        assertFalse(options.sync());
        assertEquals(ReturnType.URL, options.returnType());
        assertEquals(2.0, options.requestsPerSecond());
        assertEquals(Duration.ofSeconds(120), options.timeout());
        assertEquals(InpaintMethod.AUTO, options.method());
        assertNull(options.seed());
        assertFalse(options.apiKey().isPresent());
    }

    @Test
    void theKeyComesFromTheEnvironmentUnlessGivenAndIsNeverShown() throws Exception {
        InpaintOptions fromEnv = parse(Map.of("INPAINT_API_KEY", "env-secret-123"), MINIMAL.toArray(String[]::new));
        assertTrue(fromEnv.apiKey().isPresent());
        assertFalse(fromEnv.toString().contains("env-secret-123"), fromEnv.toString());

        InpaintOptions none = parse(Map.of("INPAINT_API_KEY", "  "), MINIMAL.toArray(String[]::new));
        assertFalse(none.apiKey().isPresent());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "--return-type | 4        | must be 1 (download URL), 2 (base64) or 3",
                "--return-type | url      | must be 1",
                "--qps         | 0        | --qps must be a positive number",
                "--qps         | lots     | --qps must be a positive number",
                "--timeout     | -5       | --timeout must be a positive number",
                "--timeout     | NaN      | --timeout must be a positive number",
                "--method      | magic    | --method must be auto, patch or telea",
                "--seed        | 1.5      | --seed must be a whole number",
                "--api-url     | ftp://x  | --api-url must start with http:// or https://",
                "--api-url     | localhost:8080 | --api-url must start with http://",
            })
    void aBadValueIsNamedWithWhatToWrite(String option, String value, String message) {
        String refusal = refusal(option, value);
        assertTrue(refusal.contains(message), refusal);
        assertTrue(refusal.contains(value), refusal);
    }

    @Test
    void mistakesInTheShapeOfTheCommandAreNamed() {
        assertTrue(refusal("--frobnicate").contains("Unknown option --frobnicate"));
        assertTrue(refusal("--seed").contains("--seed needs a value"));
        assertTrue(refusal("--seed", "--sync").contains("--seed needs a value"));
        assertTrue(refusal("--sync=1").contains("--sync takes no value"));
        assertTrue(refusal("--out", "b.png").contains("--out is given twice"));
        assertTrue(refusal("--image-url", "https://x/a.png").contains("Give only one of [--image, --image-url]"));
        assertTrue(refusal("--mask", "m.png").contains("Give only one of [--mask, --rects]"));
        assertTrue(refusalOf("--rects", "[]", "--out", "o.png").contains("Missing the image: use one of --image,"));
        assertTrue(refusalOf("--image", "a.png", "--out", "o.png").contains("Missing what to repair"));
        assertTrue(refusalOf("--image", "a.png", "--rects", "[]").contains("Missing --out FILE"));
        assertTrue(refusalOf("--image", "a.png", "--rects", "[]", "--out", "o.gif")
                .contains("--out must end in one of jpg, jpeg, png"));
        assertTrue(refusalOf("--image", "", "--rects", "[]", "--out", "o.png").contains("--image needs a value"));
    }
}
