package org.inpaintstudio.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What an inpainting model takes and gives, read from its file: an image [1,3,H,W] and a mask [1,1,H,W] of one
 * element type, one output [1,3,H,W]; H and W fixed (square) or open.
 *
 * @param side the fixed input side in pixels, or 0 when the model takes any size
 */
public record ModelSignature(PixelEncoding encoding, String imageInput, String maskInput, String output, int side) {
    static final String EXPECTED = "inputs image float32 [1,3,H,W] (RGB 0..1) and mask float32 [1,1,H,W] (1 = fill)"
            + " as LaMa exports have, or both uint8 as MI-GAN exports have, and one output [1,3,H,W]";

    public boolean fixedSize() {
        return side > 0;
    }

    /** Like {@code LaMa style (float32), 512 x 512} or {@code MI-GAN style (uint8), any size}. */
    public String describe() {
        return encoding.style() + " (" + encoding.type() + "), " + (fixedSize() ? side + " x " + side : "any size");
    }

    /**
     * Reads the signature from a model's declared inputs and outputs.
     *
     * @throws ModelFileException naming what was found and what is expected, when they are not an inpainting model's
     */
    public static ModelSignature of(String file, List<TensorSpec> inputs, List<TensorSpec> outputs) {
        if (inputs.size() != 2 || outputs.isEmpty()) {
            throw mismatch(file, inputs, outputs);
        }
        TensorSpec image = pick(inputs, "image", 3);
        TensorSpec mask = pick(inputs, "mask", 1);
        if (image == null || mask == null || image == mask) {
            throw mismatch(file, inputs, outputs);
        }
        TensorSpec output = outputs.get(0);
        PixelEncoding encoding = encoding(image.type());
        if (encoding == null
                || !mask.type().equals(image.type())
                || encoding(output.type()) == null
                || !imageShaped(output, 3)) {
            throw mismatch(file, inputs, outputs);
        }
        long height = image.shape().get(2);
        long width = image.shape().get(3);
        if (!sameSize(image, mask) || width != height && width > 0 && height > 0) {
            throw mismatch(file, inputs, outputs);
        }
        int side = width > 0 && height > 0 ? (int) width : 0;
        return new ModelSignature(encoding, image.name(), mask.name(), output.name(), side);
    }

    /** The input named so, or else the only one with that many channels. */
    private static TensorSpec pick(List<TensorSpec> inputs, String name, int channels) {
        for (TensorSpec input : inputs) {
            if (input.name().equalsIgnoreCase(name) && imageShaped(input, channels)) {
                return input;
            }
        }
        List<TensorSpec> shaped =
                inputs.stream().filter(input -> imageShaped(input, channels)).toList();
        return shaped.size() == 1 ? shaped.get(0) : null;
    }

    /** [1 or open, channels, H, W]. */
    private static boolean imageShaped(TensorSpec spec, int channels) {
        List<Long> shape = spec.shape();
        return shape.size() == 4 && (shape.get(0) == 1 || shape.get(0) < 0) && shape.get(1) == channels;
    }

    private static boolean sameSize(TensorSpec a, TensorSpec b) {
        return a.shape().get(2).equals(b.shape().get(2))
                && a.shape().get(3).equals(b.shape().get(3));
    }

    private static PixelEncoding encoding(String type) {
        for (PixelEncoding encoding : PixelEncoding.values()) {
            if (encoding.type().equals(type)) {
                return encoding;
            }
        }
        return null;
    }

    private static ModelFileException mismatch(String file, List<TensorSpec> inputs, List<TensorSpec> outputs) {
        return new ModelFileException(file + " is not an inpainting model this app can run: expected " + EXPECTED
                + "; found inputs " + list(inputs) + " and outputs " + list(outputs) + ".");
    }

    private static String list(List<TensorSpec> specs) {
        return specs.isEmpty()
                ? "(none)"
                : specs.stream().map(TensorSpec::toString).collect(Collectors.joining(", "));
    }
}
