package org.inpaintstudio.engine.bench;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.inpaintstudio.bench.BenchData;
import org.inpaintstudio.engine.EngineOptions;
import org.inpaintstudio.engine.InpaintMethod;
import org.inpaintstudio.engine.Inpainters;
import org.inpaintstudio.work.CancellationToken;
import org.inpaintstudio.work.ProgressListener;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The engine against OpenCV and G'MIC on every case of a test-data folder, each given the photo with the hole
 * blacked out. Run: {@code mvn -o -q -Pbench test -Dtest=EngineBenchmark}. System properties: {@code bench.data}
 * (folder, default the repository's two test photos, see {@link BenchData};
 * the README's figures use {@code -Dbench.data=../shared/testdata}), {@code bench.methods} (engine methods, default auto,patch,telea),
 * {@code bench.peers} (all or none), {@code bench.cases} (only case names containing this text),
 * {@code bench.options} (engine options to try, e.g. {@code patchRadius=4,textureWeight=8}). Writes
 * target/bench/results.md, contact sheets target/bench/sheet_KIND.png and every result under target/bench/results.
 */
@Tag("benchmark")
class EngineBenchmark {
    static final File OUT = new File("target/bench");
    private static final long SEED = 42;
    private static final EngineOptions OPTIONS =
            OptionOverrides.apply(EngineOptions.DEFAULTS, System.getProperty("bench.options", ""));

    @Test
    void testSetSideBySide() throws Exception {
        File folder = BenchData.folder().toFile();
        System.out.println("test data: " + folder);
        Assumptions.assumeTrue(
                new File(folder, "masks").isDirectory(),
                "no test data in " + folder + ": set -Dbench.data=FOLDER (photos and masks/<photo>_<kind>.png)");
        List<String> methods = ScoreTable.split(System.getProperty("bench.methods", "auto,patch,telea"));
        boolean peers = !"none".equals(System.getProperty("bench.peers", "all"));
        String filter = System.getProperty("bench.cases", "");
        List<BenchCase> cases = BenchCase.inFolder(folder).stream()
                .filter(c -> c.name().contains(filter))
                .toList();
        File inputs = new File(OUT, "inputs");
        File results = new File(OUT, "results");
        inputs.mkdirs();
        results.mkdirs();

        warmUp(cases.get(0));
        ScoreTable table = new ScoreTable();
        Map<String, Map<String, BufferedImage>> outputs = new LinkedHashMap<>();
        List<String[]> openCvJobs = new ArrayList<>();
        for (BenchCase c : cases) {
            BufferedImage original = c.readPhoto();
            int w = original.getWidth();
            int h = original.getHeight();
            boolean[] hole = c.readHole();
            BufferedImage given = BenchCase.blackedOut(original, hole);
            File givenFile = new File(inputs, c.name() + ".png");
            File maskFile = new File(inputs, c.name() + "_mask.png");
            ImageIO.write(given, "png", givenFile);
            ImageIO.write(maskImage(hole, w, h), "png", maskFile);
            Map<String, BufferedImage> row = outputs.computeIfAbsent(c.name(), k -> new LinkedHashMap<>());
            row.put("original", original);
            row.put("input", given);
            for (String m : methods) {
                long start = System.nanoTime();
                BufferedImage result = Inpainters.create(InpaintMethod.parse(m), SEED, OPTIONS)
                        .inpaint(given, BenchCase.plane(hole, w, h), ProgressListener.NONE, new CancellationToken());
                double seconds = (System.nanoTime() - start) / 1e9;
                HoleMetrics metrics = HoleMetrics.of(original, given, result, hole);
                table.add("engine " + m, c.kind(), metrics, seconds);
                ImageIO.write(result, "png", new File(results, c.name() + "_engine_" + m + ".png"));
                row.put("engine " + m, result);
                System.out.printf("%-18s %-24s %s %.3f s%n", c.name(), "engine " + m, summary(metrics), seconds);
            }
            openCvJobs.add(
                    new String[] {givenFile.getPath(), maskFile.getPath(), new File(results, c.name()).getPath()});
        }
        if (peers) {
            runPeers(cases, openCvJobs, table, outputs, inputs, results);
        }
        List<String> ours = methods.stream().map(m -> "engine " + m).toList();
        String report = table.render(ours);
        System.out.println(report);
        Files.writeString(new File(OUT, "results.md").toPath(), report, StandardCharsets.UTF_8);
        writeSheets(cases, outputs);
    }

    /**
     * 1024 x 1024 with a 10 % object mask and 4096 x 4096 with 5 %, in a separate JVM limited to 1 GB of heap.
     * {@code -Dbench.scaleGmic=false} skips G'MIC's (long) run on the 4096 case; {@code -Dbench.scaleHeap=768m}
     * tries a smaller heap.
     */
    @Test
    void largeImages() throws Exception {
        File folder = BenchData.folder().toFile();
        File photo = new File(folder, System.getProperty("bench.scalePhoto", "raccoon.png"));
        if (!photo.isFile() && System.getProperty("bench.scalePhoto") == null) {
            photo = BenchData.photo("coffee.png").toFile();
        }
        System.out.println("scaled photo: " + photo);
        Assumptions.assumeTrue(
                photo.isFile(), "no photo " + photo + " to scale: set -Dbench.data or -Dbench.scalePhoto");
        String java = new File(System.getProperty("java.home"), "bin/java").getPath();
        String heap = System.getProperty("bench.scaleHeap", "1g");
        List<String> command = new ArrayList<>(List.of(
                java,
                "-Xmx" + heap,
                "-cp",
                System.getProperty("java.class.path"),
                ScaleBenchmark.class.getName(),
                photo.getPath()));
        if (!"false".equals(System.getProperty("bench.scaleGmic"))) {
            command.add("gmic");
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (java.io.BufferedReader lines = new java.io.BufferedReader(
                new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            lines.lines().forEach(System.out::println);
        }
        int exit = process.waitFor();
        System.out.println("scale benchmark JVM (-Xmx" + heap + ") exited with " + exit
                + (exit == 0 ? "" : ": it ran out of heap or failed, see above"));
    }

    private static void runPeers(
            List<BenchCase> cases,
            List<String[]> openCvJobs,
            ScoreTable table,
            Map<String, Map<String, BufferedImage>> outputs,
            File inputs,
            File results)
            throws IOException, InterruptedException {
        Map<String, Double> cvSeconds =
                PeerRunner.openCv(new File("bench/opencv_inpaint.py"), openCvJobs, new File(OUT, "opencv_jobs.txt"));
        if (cvSeconds.isEmpty()) {
            System.out.println("OpenCV peers skipped: " + PeerRunner.PYTHON + " with cv2 (python3-opencv) not found");
        }
        boolean gmic = PeerRunner.hasGmic();
        if (!gmic) {
            System.out.println("G'MIC peers skipped: the gmic command was not found");
        }
        for (BenchCase c : cases) {
            BufferedImage original = c.readPhoto();
            boolean[] hole = c.readHole();
            BufferedImage given = BenchCase.blackedOut(original, hole);
            for (String name : List.of("telea", "ns")) {
                File file = new File(results, c.name() + "_" + name + ".png");
                Double seconds = cvSeconds.get(file.getPath());
                if (seconds != null) {
                    score(table, outputs, c, "opencv " + name + " r5", original, given, hole, file, seconds);
                }
            }
            if (gmic) {
                for (String command : List.of("inpaint_matchpatch", "inpaint")) {
                    File file = new File(results, c.name() + "_gmic_" + command + ".png");
                    double seconds = PeerRunner.gmic(
                            command,
                            new File(inputs, c.name() + ".png"),
                            new File(inputs, c.name() + "_mask.png"),
                            file,
                            300);
                    if (!Double.isNaN(seconds)) {
                        score(table, outputs, c, "gmic " + command, original, given, hole, file, seconds);
                    }
                }
            }
        }
    }

    private static void score(
            ScoreTable table,
            Map<String, Map<String, BufferedImage>> outputs,
            BenchCase c,
            String method,
            BufferedImage original,
            BufferedImage given,
            boolean[] hole,
            File file,
            double seconds) {
        BufferedImage result = BenchCase.toRgb(BenchCase.read(file));
        HoleMetrics metrics = HoleMetrics.of(original, given, result, hole);
        table.add(method, c.kind(), metrics, seconds);
        outputs.get(c.name()).put(method, result);
        System.out.printf("%-18s %-24s %s %.3f s%n", c.name(), method, summary(metrics), seconds);
    }

    private static String summary(HoleMetrics m) {
        return String.format(
                java.util.Locale.ROOT,
                "PSNR %5.2f SSIM %.4f sharp %.2f spectral %.2f coarse %.2f seam %.2f",
                m.psnr(),
                m.ssim(),
                m.sharpness(),
                m.perceptual().spectral(),
                m.perceptual().coarse(),
                m.perceptual().seam());
    }

    private static void writeSheets(List<BenchCase> cases, Map<String, Map<String, BufferedImage>> outputs)
            throws IOException {
        for (String kind : ScoreTable.KINDS) {
            ContactSheet sheet = new ContactSheet(240);
            for (BenchCase c : cases) {
                if (!c.kind().equals(kind)) {
                    continue;
                }
                Map<String, BufferedImage> row = outputs.get(c.name());
                sheet.columns(new ArrayList<>(row.keySet()));
                sheet.addRow(c.name(), new ArrayList<>(row.values()));
            }
            sheet.write(new File(OUT, "sheet_" + kind + ".png"));
        }
    }

    private static void warmUp(BenchCase c) {
        BufferedImage original = c.readPhoto();
        boolean[] hole = c.readHole();
        Inpainters.create(InpaintMethod.AUTO, SEED)
                .inpaint(
                        BenchCase.blackedOut(original, hole),
                        BenchCase.plane(hole, original.getWidth(), original.getHeight()),
                        ProgressListener.NONE,
                        new CancellationToken());
    }

    static BufferedImage maskImage(boolean[] hole, int w, int h) {
        BufferedImage mask = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] data = ((java.awt.image.DataBufferByte) mask.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < hole.length; i++) {
            data[i] = hole[i] ? (byte) 255 : 0;
        }
        return mask;
    }
}
