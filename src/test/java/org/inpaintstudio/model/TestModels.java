package org.inpaintstudio.model;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The tiny models of src/test/python/make_test_models.py, committed under src/test/resources/models. */
public final class TestModels {
    /** What the fixed-colour models paint. */
    public static final int FILL_RGB = 0x3399CC;

    public static final String FIXED_COLOUR_512 = "lama-fixed-colour-512.onnx";
    public static final String FIXED_COLOUR_255 = "lama-fixed-colour-255-dynamic.onnx";
    public static final String MEAN = "lama-mean-dynamic.onnx";
    public static final String IDENTITY = "lama-identity-dynamic.onnx";
    public static final String MIGAN = "migan-fixed-colour-dynamic.onnx";
    public static final String WRONG_INPUTS = "wrong-inputs.onnx";

    private TestModels() {}

    public static Path path(String name) {
        URL url = TestModels.class.getResource("/models/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no test model " + name + "; run make_test_models.py");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static InpaintModel open(String name) {
        return InpaintModel.open(path(name), 1);
    }
}
