package org.inpaintstudio.engine.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the peers on files: OpenCV Telea and Navier-Stokes (radius 5) through bench/opencv_inpaint.py on Debian's
 * python3-opencv, timed around cv2.inpaint alone; G'MIC's {@code inpaint_matchpatch} (multi-scale patch) and plain
 * {@code inpaint} through the gmic command, timed per process, so its start-up (about 0.1-0.2 s) is included.
 */
final class PeerRunner {
    static final String PYTHON = "/usr/bin/python3";

    private PeerRunner() {}

    /** Runs OpenCV on every (input, mask, out prefix) job; returns seconds per written file, empty when unavailable. */
    static Map<String, Double> openCv(File script, List<String[]> jobs, File listFile)
            throws IOException, InterruptedException {
        Map<String, Double> seconds = new HashMap<>();
        if (!new File(PYTHON).canExecute() || !script.isFile()) {
            return seconds;
        }
        List<String> lines = new ArrayList<>();
        for (String[] job : jobs) {
            lines.add(String.join(" ", job));
        }
        Files.write(listFile.toPath(), lines, StandardCharsets.UTF_8);
        Process process = new ProcessBuilder(PYTHON, script.getPath(), listFile.getPath())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                String[] parts = line.trim().split(" ");
                if (parts.length == 2) {
                    try {
                        seconds.put(parts[0], Double.parseDouble(parts[1]));
                    } catch (NumberFormatException e) {
                        System.out.println("opencv: " + line);
                    }
                } else {
                    System.out.println("opencv: " + line);
                }
            }
        }
        process.waitFor();
        return seconds;
    }

    static boolean hasGmic() {
        try {
            Process p = new ProcessBuilder("gmic", "v", "-")
                    .redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /**
     * Runs one G'MIC command ({@code inpaint_matchpatch} or {@code inpaint}) and returns the wall time in seconds,
     * or NaN when it failed or took longer than the limit.
     */
    static double gmic(String command, File input, File mask, File out, long limitSeconds)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(
                        "gmic",
                        "-v",
                        "-1",
                        input.getPath(),
                        mask.getPath(),
                        command + "[0]",
                        "[1]",
                        "rm[1]",
                        "c",
                        "0,255",
                        "o",
                        out.getPath())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!process.waitFor(limitSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return Double.NaN;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return process.exitValue() == 0 && out.isFile() ? seconds : Double.NaN;
    }
}
