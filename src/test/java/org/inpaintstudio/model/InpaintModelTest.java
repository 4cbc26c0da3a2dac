package org.inpaintstudio.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InpaintModelTest {
    @Test
    void readsTheSignaturesOfTheCommonExports() {
        try (InpaintModel lama = TestModels.open(TestModels.FIXED_COLOUR_512);
                InpaintModel dynamic = TestModels.open(TestModels.MEAN);
                InpaintModel migan = TestModels.open(TestModels.MIGAN)) {
            assertEquals(new ModelSignature(PixelEncoding.FLOAT, "image", "mask", "output", 512), lama.signature());
            assertEquals(0, dynamic.signature().side());
            assertEquals(PixelEncoding.UINT8, migan.signature().encoding());
            assertEquals("lama-fixed-colour-512.onnx: LaMa style (float32), 512 x 512, 1 kB", lama.describe());
        }
    }

    @Test
    void aModelWithOtherInputsIsRefusedWithWhatWasFoundAndExpected() {
        ModelFileException e = assertThrows(ModelFileException.class, () -> TestModels.open(TestModels.WRONG_INPUTS));
        assertTrue(e.getMessage().contains("wrong-inputs.onnx is not an inpainting model"), e.getMessage());
        assertTrue(e.getMessage().contains("found inputs pixels float32 [1,4,256,256]"), e.getMessage());
        assertTrue(e.getMessage().contains("expected inputs image float32 [1,3,H,W]"), e.getMessage());
    }

    @Test
    void aFileThatIsNotOnnxIsRefused(@TempDir Path dir) throws Exception {
        Path photo = dir.resolve("holiday.onnx");
        Files.writeString(photo, "this is a text file, not a model\n");
        ModelFileException e = assertThrows(ModelFileException.class, () -> InpaintModel.open(photo, 1));
        assertTrue(e.getMessage().startsWith("holiday.onnx is not an ONNX model"), e.getMessage());
        assertTrue(e.getMessage().contains("expected an .onnx export"), e.getMessage());
    }

    @Test
    void missingAndEmptyFilesAreRefused(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("none.onnx");
        assertTrue(assertThrows(ModelFileException.class, () -> InpaintModel.open(missing, 1))
                .getMessage()
                .contains("is not a file"));
        Path empty = Files.createFile(dir.resolve("empty.onnx"));
        assertTrue(assertThrows(ModelFileException.class, () -> InpaintModel.open(empty, 1))
                .getMessage()
                .contains("is empty"));
    }

    @Test
    void outputInBytesIsScaledToOneAndUint8ModelsTakeTheirMaskInverted() {
        float[] rgb = new float[3 * 8 * 8];
        java.util.Arrays.fill(rgb, 0.5f);
        float[] fill = new float[8 * 8];
        fill[0] = 1;
        try (InpaintModel bytes = TestModels.open(TestModels.FIXED_COLOUR_255);
                InpaintModel migan = TestModels.open(TestModels.MIGAN)) {
            assertEquals(0.6f, bytes.run(rgb, fill, 8)[64], 1e-5f);
            float[] answer = migan.run(rgb, fill, 8);
            assertEquals(0.2f, answer[0], 1 / 255f); // the filled pixel: painted red 51
            assertEquals(128 / 255f, answer[1], 1e-5f); // a known pixel: kept
        }
    }
}
