package org.inpaintstudio.model;

/** How a model takes its pixels: the two kinds of inpainting export in common use. */
public enum PixelEncoding {
    /** LaMa exports: float32 RGB 0..1, mask float32 with 1 = fill; output float32, 0..1 or 0..255. */
    FLOAT("float32", "LaMa style"),
    /** MI-GAN pipeline exports: uint8 RGB 0..255, mask uint8 with 255 = known, 0 = fill; output uint8. */
    UINT8("uint8", "MI-GAN style");

    private final String type;
    private final String style;

    PixelEncoding(String type, String style) {
        this.type = type;
        this.style = style;
    }

    /** The ONNX element type of both inputs. */
    public String type() {
        return type;
    }

    /** The family of exports that takes pixels this way, for people. */
    public String style() {
        return style;
    }
}
