package org.inpaintstudio.model;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An inpainting model file, opened: its signature, and inference on a square crop. Opening loads ONNX Runtime;
 * nothing else in the app does. Inference calls are serialised, so one model can serve several tasks.
 */
public final class InpaintModel implements AutoCloseable {
    /** Threads one inference may use: all cores up to four, so a model does not starve the editor. */
    public static final int DEFAULT_THREADS =
            Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    /** Above this a 0..255 output is told from a 0..1 one; a 0..1 model overshoots by little, if at all. */
    private static final float BYTE_RANGE_ABOVE = 1.5f;

    private final Path file;
    private final long fileBytes;
    private final ModelSignature signature;
    private final OnnxSession session;

    private InpaintModel(Path file, long fileBytes, ModelSignature signature, OnnxSession session) {
        this.file = file;
        this.fileBytes = fileBytes;
        this.signature = signature;
        this.session = session;
    }

    public static InpaintModel open(Path file) {
        return open(file, DEFAULT_THREADS);
    }

    /**
     * Opens the file and checks that it is an inpainting model.
     *
     * @throws ModelFileException when the file is missing, is not ONNX, or has other inputs than expected
     */
    public static InpaintModel open(Path file, int threads) {
        if (!Files.isRegularFile(file)) {
            throw new ModelFileException(file + " is not a file; choose an .onnx model file");
        }
        long bytes;
        try {
            bytes = Files.size(file);
        } catch (java.io.IOException e) {
            throw new ModelFileException(file + " cannot be read: " + e.getMessage(), e);
        }
        if (bytes == 0) {
            throw new ModelFileException(file.getFileName() + " is empty; expected an .onnx model file");
        }
        OnnxSession session = OnnxSession.open(file, threads);
        try {
            ModelSignature signature =
                    ModelSignature.of(file.getFileName().toString(), session.inputs(), session.outputs());
            return new InpaintModel(file, bytes, signature, session);
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    public long fileBytes() {
        return fileBytes;
    }

    public ModelSignature signature() {
        return signature;
    }

    /** Like {@code big-lama.onnx: LaMa style (float32), 512 x 512, 198 MB}. */
    public String describe() {
        return file.getFileName() + ": " + signature.describe() + ", " + megabytes(fileBytes);
    }

    /**
     * One inference on a square of {@code side} pixels.
     *
     * @param rgb planar RGB, 0..1
     * @param fill a value a pixel, 1 = fill
     * @return planar RGB, 0..1 (a 0..255 output is scaled)
     */
    synchronized float[] run(float[] rgb, float[] fill, int side) {
        float[] out = session.run(signature, rgb, fill, side);
        float max = 0;
        for (float v : out) {
            max = Math.max(max, v);
        }
        if (max > BYTE_RANGE_ABOVE) {
            for (int i = 0; i < out.length; i++) {
                out[i] /= 255f;
            }
        }
        return out;
    }

    private static String megabytes(long bytes) {
        return bytes < 1_000_000 ? (bytes + 999) / 1000 + " kB" : Math.round(bytes / 1e6) + " MB";
    }

    @Override
    public synchronized void close() {
        session.close();
    }
}
