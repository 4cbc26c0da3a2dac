package org.inpaintstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.inpaintstudio.model.TestModels;
import org.inpaintstudio.server.InpaintServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code inpaint --model} and {@code serve --model}: a model file end to end, and files that are not one. */
class ModelCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int inpaint(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "inpaint";
        System.arraycopy(args, 0, all, 1, args.length);
        return new CommandLine(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        Map.of())
                .run(all);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** A 200 x 150 gradient and a mask with a 40 x 30 hole at (80, 60). */
    private Path[] photoAndMask() throws Exception {
        BufferedImage photo = new BufferedImage(200, 150, BufferedImage.TYPE_INT_RGB);
        BufferedImage mask = new BufferedImage(200, 150, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < 150; y++) {
            for (int x = 0; x < 200; x++) {
                photo.setRGB(x, y, (x << 16) | (y << 8) | 77);
                mask.setRGB(x, y, x >= 80 && x < 120 && y >= 60 && y < 90 ? 0xFFFFFF : 0);
            }
        }
        Path photoFile = dir.resolve("photo.png");
        Path maskFile = dir.resolve("mask.png");
        ImageIO.write(photo, "png", photoFile.toFile());
        ImageIO.write(mask, "png", maskFile.toFile());
        return new Path[] {photoFile, maskFile};
    }

    @Test
    void inpaintRunsTheModelAndWritesTheResult() throws Exception {
        Path[] files = photoAndMask();
        Path result = dir.resolve("result.png");
        int code = inpaint(
                "--image",
                files[0].toString(),
                "--mask",
                files[1].toString(),
                "--out",
                result.toString(),
                "--model",
                TestModels.path(TestModels.FIXED_COLOUR_512).toString());
        assertEquals(ExitCode.OK, code, errors());
        BufferedImage image = ImageIO.read(result.toFile());
        assertEquals(TestModels.FILL_RGB, image.getRGB(100, 75) & 0xFFFFFF);
        assertEquals((10 << 16) | (10 << 8) | 77, image.getRGB(10, 10) & 0xFFFFFF);
        assertEquals((79 << 16) | (75 << 8) | 77, image.getRGB(79, 75) & 0xFFFFFF, "just outside the hole");
    }

    @Test
    void aModelWithOtherInputsExitsTwoSayingWhatWasFound() throws Exception {
        Path[] files = photoAndMask();
        Path result = dir.resolve("result.png");
        int code = inpaint(
                "--image",
                files[0].toString(),
                "--mask",
                files[1].toString(),
                "--out",
                result.toString(),
                "--model",
                TestModels.path(TestModels.WRONG_INPUTS).toString());
        assertEquals(ExitCode.BAD_INPUT, code);
        assertTrue(errors().contains("found inputs pixels float32 [1,4,256,256]"), errors());
        assertTrue(Files.notExists(result), "nothing written");
    }

    @Test
    void aFileThatIsNotAModelExitsTwo() throws Exception {
        Path[] files = photoAndMask();
        int code = inpaint(
                "--image",
                files[0].toString(),
                "--mask",
                files[1].toString(),
                "--out",
                dir.resolve("r.png").toString(),
                "--model",
                files[0].toString());
        assertEquals(ExitCode.BAD_INPUT, code);
        assertTrue(errors().contains("photo.png is not an ONNX model"), errors());
    }

    @Test
    void modelAndApiUrlTogetherAreRefused() throws Exception {
        Path[] files = photoAndMask();
        int code = inpaint(
                "--image",
                files[0].toString(),
                "--mask",
                files[1].toString(),
                "--out",
                dir.resolve("r.png").toString(),
                "--model",
                "m.onnx",
                "--api-url",
                "https://api.example.com");
        assertEquals(ExitCode.BAD_INPUT, code);
        assertTrue(errors().contains("leave out --api-url"), errors());
    }

    @Test
    void serveRefusesABadModelAndServesAGoodOne() throws Exception {
        PrintStream printOut = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream printErr = new PrintStream(err, true, StandardCharsets.UTF_8);
        ServeCommand serve = ServeCommand.offline(printOut, printErr, Map.of());
        assertNull(serve.start(List.of(
                "--port",
                "0",
                "--model",
                TestModels.path(TestModels.WRONG_INPUTS).toString())));
        assertTrue(errors().contains("is not an inpainting model"), errors());
        assertEquals(
                ExitCode.BAD_INPUT,
                serve.run(
                        List.of("--port", "0", "--model", dir.resolve("no.onnx").toString())));

        InpaintServer server = serve.start(List.of(
                "--port",
                "0",
                "--api-key",
                "k",
                "--qps",
                "0",
                "--model",
                TestModels.path(TestModels.FIXED_COLOUR_512).toString()));
        assertNotNull(server);
        try {
            assertTrue(
                    out.toString(StandardCharsets.UTF_8)
                            .contains("(model lama-fixed-colour-512.onnx: LaMa style" + " (float32), 512 x 512"),
                    out.toString(StandardCharsets.UTF_8));
            Path[] files = photoAndMask();
            OkHttpClient http = new OkHttpClient.Builder()
                    .callTimeout(Duration.ofSeconds(20))
                    .build();
            RequestBody body = new MultipartBody.Builder()
                    .setType(MultipartBody.FORM)
                    .addFormDataPart(
                            "image_file",
                            "photo.png",
                            RequestBody.create(Files.readAllBytes(files[0]), MediaType.get("image/png")))
                    .addFormDataPart(
                            "mask_file",
                            "mask.png",
                            RequestBody.create(Files.readAllBytes(files[1]), MediaType.get("image/png")))
                    .addFormDataPart("sync", "1")
                    .addFormDataPart("return_type", "3")
                    .build();
            Request request = new Request.Builder()
                    .url(server.baseUrl() + "/api/tasks/visual/inpaint")
                    .header("X-API-KEY", "k")
                    .post(body)
                    .build();
            try (Response response = http.newCall(request).execute()) {
                byte[] bytes = response.body().bytes();
                assertEquals(200, response.code(), new String(bytes, StandardCharsets.UTF_8));
                BufferedImage image = ImageIO.read(new java.io.ByteArrayInputStream(bytes));
                assertEquals(TestModels.FILL_RGB, image.getRGB(100, 75) & 0xFFFFFF);
                assertEquals((10 << 16) | (10 << 8) | 77, image.getRGB(10, 10) & 0xFFFFFF);
            }
        } finally {
            server.stop();
        }
    }
}
