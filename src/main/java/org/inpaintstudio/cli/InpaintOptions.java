package org.inpaintstudio.cli;

import java.nio.file.Path;
import java.time.Duration;
import org.inpaintstudio.api.ReturnType;
import org.inpaintstudio.client.ApiKey;
import org.inpaintstudio.engine.InpaintMethod;

/**
 * The options of {@code inpaint}, checked. {@link #toString()} shows no API key.
 *
 * @param apiUrl the remote service, or null for the offline engine
 * @param image which image option was given and its value, e.g. {@code --image photo.png}
 * @param mask which mask option was given and its value, e.g. {@code --rects @boxes.json}
 * @param seed the offline engine's random seed, or null
 * @param apiKeyTrimmed the key was given with white space around it, which was dropped
 * @param model a model file to run instead of the offline engine, or null
 * @param sampleArea a PNG the photo's size, white where the offline engine may copy from, or null for anywhere
 */
record InpaintOptions(
        String apiUrl,
        ApiKey apiKey,
        Given image,
        Given mask,
        boolean sync,
        ReturnType returnType,
        double requestsPerSecond,
        Duration timeout,
        Path out,
        InpaintMethod method,
        Long seed,
        boolean apiKeyTrimmed,
        Path model,
        Path sampleArea) {

    boolean remote() {
        return apiUrl != null;
    }

    /** An option as given on the command line: its name and value. */
    record Given(String option, String value) {
        @Override
        public String toString() {
            return option + " " + value;
        }
    }
}
