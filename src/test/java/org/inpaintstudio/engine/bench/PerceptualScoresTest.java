package org.inpaintstudio.engine.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The benchmark's perceptual figures against {@code ../shared/tools/fillscore.py} on the same inputs. */
class PerceptualScoresTest {
    private static final File PHOTOS = new File("src/test/resources/photos");

    /**
     * Each hole filled with the photo 40 px to its left (right near the left edge). Expected values printed by
     * fillscore.score() on the same construction in numpy (python3-opencv 4.6).
     */
    @ParameterizedTest
    @CsvSource({
        "brick_box,     1.0232 1.0414 1.0679 1.0484, 0.0636, 1.1697",
        "coffee_object, 0.9446 0.8358 0.8562 0.9531, 0.1586, 2.6778",
        "coffee_thin,   1.5440 2.1451,               0.8638, 2.2766"
    })
    void agreesWithFillscoreOnAShiftedCopy(String name, String bands, double spectral, double seam) {
        BenchCase c = caseNamed(name);
        BufferedImage photo = c.readPhoto();
        boolean[] hole = c.readHole();
        int w = photo.getWidth();
        int[] original = photo.getRGB(0, 0, w, photo.getHeight(), null, 0, w);
        int[] result = original.clone();
        for (int i = 0; i < hole.length; i++) {
            if (hole[i]) {
                int x = i % w;
                result[i] = original[i + (x >= 40 ? -40 : 40)];
            }
        }
        PerceptualScores scores = PerceptualScores.of(original, result, hole, w, photo.getHeight());
        double[] expected = java.util.Arrays.stream(bands.split(" "))
                .mapToDouble(Double::parseDouble)
                .toArray();
        assertArrayEquals(expected, scores.bands(), 0.01, "band ratios");
        assertEquals(spectral, scores.spectral(), 0.01, "spectral");
        assertEquals(seam, scores.seam(), 0.01, "seam");
    }

    @Test
    void thePhotoItselfScoresPerfectly() {
        BenchCase c = caseNamed("coffee_box");
        BufferedImage photo = c.readPhoto();
        int w = photo.getWidth();
        int[] rgb = photo.getRGB(0, 0, w, photo.getHeight(), null, 0, w);
        PerceptualScores scores = PerceptualScores.of(rgb, rgb.clone(), c.readHole(), w, photo.getHeight());
        assertEquals(4, scores.bands().length);
        assertArrayEquals(new double[] {1, 1, 1, 1}, scores.bands(), 1e-9);
        assertEquals(0, scores.spectral(), 1e-9);
        assertEquals(1, scores.seam(), 1e-9);
    }

    @Test
    void aFlatFillLosesTheFineBandsAndShowsItsEdge() {
        BenchCase c = caseNamed("brick_box");
        BufferedImage photo = c.readPhoto();
        boolean[] hole = c.readHole();
        int w = photo.getWidth();
        int[] original = photo.getRGB(0, 0, w, photo.getHeight(), null, 0, w);
        int[] result = original.clone();
        for (int i = 0; i < hole.length; i++) {
            if (hole[i]) {
                result[i] = 0x808080;
            }
        }
        PerceptualScores scores = PerceptualScores.of(original, result, hole, w, photo.getHeight());
        assertTrue(scores.bands()[0] < 0.1, "finest band of a flat fill: " + scores.bands()[0]);
        assertTrue(scores.spectral() > 2, "spectral of a flat fill: " + scores.spectral());
        assertEquals(scores.bands()[scores.bands().length - 1], scores.coarse());
        assertTrue(scores.seam() > 1.1, "a flat grey box in bricks has a visible edge: " + scores.seam());
    }

    private static BenchCase caseNamed(String name) {
        return BenchCase.inFolder(PHOTOS).stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
