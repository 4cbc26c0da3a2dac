package org.inpaintstudio.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModelSignatureTest {
    private static final long ANY = TensorSpec.ANY;

    private static TensorSpec spec(String name, String type, long... shape) {
        return new TensorSpec(name, type, java.util.Arrays.stream(shape).boxed().toList());
    }

    @Test
    void lamaFixedSize() {
        ModelSignature signature = ModelSignature.of(
                "lama.onnx",
                List.of(spec("image", "float32", 1, 3, 512, 512), spec("mask", "float32", 1, 1, 512, 512)),
                List.of(spec("output", "float32", 1, 3, 512, 512)));
        assertEquals(new ModelSignature(PixelEncoding.FLOAT, "image", "mask", "output", 512), signature);
        assertEquals("LaMa style (float32), 512 x 512", signature.describe());
    }

    @Test
    void dynamicUint8InputsFoundByChannelsWhenNamedOtherwise() {
        ModelSignature signature = ModelSignature.of(
                "migan.onnx",
                List.of(spec("known", "uint8", 1, 1, ANY, ANY), spec("rgb", "uint8", ANY, 3, ANY, ANY)),
                List.of(spec("result", "uint8", 1, 3, ANY, ANY)));
        assertEquals(new ModelSignature(PixelEncoding.UINT8, "rgb", "known", "result", 0), signature);
        assertEquals("MI-GAN style (uint8), any size", signature.describe());
    }

    @Test
    void otherInputsAreRefusedNamingWhatWasFoundAndWhatIsExpected() {
        ModelFileException e = assertThrows(
                ModelFileException.class,
                () -> ModelSignature.of(
                        "resnet.onnx",
                        List.of(spec("pixels", "float32", 1, 4, 256, 256)),
                        List.of(spec("scores", "float32", 1, 1000))));
        assertTrue(e.getMessage().startsWith("resnet.onnx is not an inpainting model"), e.getMessage());
        assertTrue(e.getMessage().contains("expected inputs image float32 [1,3,H,W]"), e.getMessage());
        assertTrue(
                e.getMessage()
                        .contains("found inputs pixels float32 [1,4,256,256] and outputs scores float32" + " [1,1000]"),
                e.getMessage());
    }

    @Test
    void mixedTypesMismatchedSizesAndNonSquareAreRefused() {
        List<TensorSpec> out = List.of(spec("output", "float32", 1, 3, ANY, ANY));
        assertThrows(
                ModelFileException.class,
                () -> ModelSignature.of(
                        "m",
                        List.of(spec("image", "float32", 1, 3, ANY, ANY), spec("mask", "uint8", 1, 1, ANY, ANY)),
                        out));
        assertThrows(
                ModelFileException.class,
                () -> ModelSignature.of(
                        "m",
                        List.of(spec("image", "float32", 1, 3, 512, 512), spec("mask", "float32", 1, 1, 256, 256)),
                        out));
        assertThrows(
                ModelFileException.class,
                () -> ModelSignature.of(
                        "m",
                        List.of(spec("image", "float32", 1, 3, 512, 256), spec("mask", "float32", 1, 1, 512, 256)),
                        out));
        assertThrows(
                ModelFileException.class,
                () -> ModelSignature.of(
                        "m",
                        List.of(spec("image", "float16", 1, 3, ANY, ANY), spec("mask", "float16", 1, 1, ANY, ANY)),
                        out));
    }
}
