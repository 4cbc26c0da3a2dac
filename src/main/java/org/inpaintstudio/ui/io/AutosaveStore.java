package org.inpaintstudio.ui.io;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.inpaintstudio.image.MaskCodec;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.image.MaskRectangle;
import org.inpaintstudio.image.RectanglesJson;
import org.inpaintstudio.ui.common.TextFiles;
import org.inpaintstudio.ui.editor.SamplingMode;

/**
 * Autosaves in the application-data folder: {@code autosave/<key>/mask.png} and {@code rectangles.json}, with
 * {@code sample.png} and {@code sample-mode.txt} when a sampling area is painted, one folder per image. The key hashes the image's path, size and modification time, so an edited or replaced image
 * does not get another image's mask offered.
 */
public final class AutosaveStore {
    private static final Logger LOG = Logger.getLogger(AutosaveStore.class.getName());
    private static final String MASK = "mask.png";
    private static final String RECTANGLES = "rectangles.json";
    private static final String SAMPLE = "sample.png";
    private static final String SAMPLE_MODE = "sample-mode.txt";

    private final Path folder;

    /** What an autosave holds; {@code sampled} is the painted sampling area, or null when none was painted. */
    public record Saved(
            MaskPlane strokes, List<MaskRectangle> rectangles, MaskPlane sampled, SamplingMode mode, Instant savedAt) {}

    public AutosaveStore(Path appData) {
        this.folder = appData.resolve("autosave");
    }

    public static String keyFor(Path image) throws IOException {
        Path absolute = image.toAbsolutePath().normalize();
        return hash(absolute + "|" + Files.size(absolute) + "|"
                + Files.getLastModifiedTime(absolute).toMillis());
    }

    /** A pasted image has no file: its pixels are the key. */
    public static String keyFor(BufferedImage pasted) {
        int[] pixels = pasted.getRGB(0, 0, pasted.getWidth(), pasted.getHeight(), null, 0, pasted.getWidth());
        return "pasted-" + hash(pasted.getWidth() + "x" + pasted.getHeight() + "|" + Arrays.hashCode(pixels));
    }

    /** Saves strokes and rectangles; when both are empty there is nothing to restore, so the autosave goes. */
    public void save(String key, MaskPlane strokes, List<MaskRectangle> rectangles) throws IOException {
        save(key, strokes, rectangles, null, SamplingMode.EXCLUDE);
    }

    /** As {@link #save(String, MaskPlane, List)}, with the painted sampling area (null or empty: none) and its mode. */
    public void save(
            String key, MaskPlane strokes, List<MaskRectangle> rectangles, MaskPlane sampled, SamplingMode mode)
            throws IOException {
        boolean noSample = sampled == null || sampled.isEmpty();
        if (strokes.isEmpty() && rectangles.isEmpty() && noSample) {
            delete(key);
            return;
        }
        Path dir = folder.resolve(key);
        Files.createDirectories(dir);
        MaskCodec.writePng(strokes, dir.resolve(MASK));
        TextFiles.writeAtomically(dir.resolve(RECTANGLES), RectanglesJson.write(rectangles));
        if (noSample) {
            Files.deleteIfExists(dir.resolve(SAMPLE));
            Files.deleteIfExists(dir.resolve(SAMPLE_MODE));
        } else {
            MaskCodec.writePng(sampled, dir.resolve(SAMPLE));
            TextFiles.writeAtomically(dir.resolve(SAMPLE_MODE), mode.name());
        }
    }

    /** The autosave for an image of that size, if there is a readable one. */
    public Optional<Saved> load(String key, int width, int height) {
        Path dir = folder.resolve(key);
        Path mask = dir.resolve(MASK);
        Path rectangles = dir.resolve(RECTANGLES);
        if (!Files.isRegularFile(mask) || !Files.isRegularFile(rectangles)) {
            return Optional.empty();
        }
        try {
            MaskPlane strokes = MaskCodec.read(mask, width, height);
            List<MaskRectangle> rects = RectanglesJson.parse(Files.readString(rectangles, StandardCharsets.UTF_8));
            Path sample = dir.resolve(SAMPLE);
            MaskPlane sampled = Files.isRegularFile(sample) ? MaskCodec.read(sample, width, height) : null;
            SamplingMode mode = sampled == null
                    ? SamplingMode.EXCLUDE
                    : SamplingMode.valueOf(Files.readString(dir.resolve(SAMPLE_MODE), StandardCharsets.UTF_8)
                            .strip());
            return Optional.of(new Saved(
                    strokes,
                    rects,
                    sampled,
                    mode,
                    Files.getLastModifiedTime(mask).toInstant()));
        } catch (IOException | RuntimeException e) {
            LOG.warning("autosave " + dir + " could not be read and is ignored: " + e.getMessage());
            return Optional.empty();
        }
    }

    public void delete(String key) throws IOException {
        Path dir = folder.resolve(key);
        Files.deleteIfExists(dir.resolve(MASK));
        Files.deleteIfExists(dir.resolve(RECTANGLES));
        Files.deleteIfExists(dir.resolve(SAMPLE));
        Files.deleteIfExists(dir.resolve(SAMPLE_MODE));
        Files.deleteIfExists(dir);
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
