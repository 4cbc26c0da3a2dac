package org.inpaintstudio.engine.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Collects the scores per method and mask kind and prints them as a Markdown table with ratios to the peers. */
final class ScoreTable {
    static final String[] KINDS = {"thin", "medium", "thick", "box", "object"};

    record Entry(String kind, HoleMetrics metrics, double seconds) {
        double psnr() {
            return metrics.psnr();
        }

        double ssim() {
            return metrics.ssim();
        }

        double l1() {
            return metrics.l1();
        }

        double sharpness() {
            return metrics.sharpness();
        }

        double spectral() {
            return metrics.perceptual().spectral();
        }

        double coarse() {
            return metrics.perceptual().coarse();
        }

        double seam() {
            return metrics.perceptual().seam();
        }
    }

    private final Map<String, List<Entry>> byMethod = new LinkedHashMap<>();

    void add(String method, String kind, HoleMetrics metrics, double seconds) {
        byMethod.computeIfAbsent(method, m -> new ArrayList<>()).add(new Entry(kind, metrics, seconds));
    }

    String render(List<String> ours) {
        StringBuilder out = new StringBuilder();
        out.append(
                "| method | masks | cases | PSNR hole (dB) | SSIM | L1 hole | sharpness | median time (s) | changed outside |\n");
        out.append("|---|---|---|---|---|---|---|---|---|\n");
        forEachRow((method, kind, entries) -> {
            long changed = entries.stream()
                    .mapToLong(e -> e.metrics().changedOutside())
                    .sum();
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %d | %.2f | %.4f | %.4f | %.2f | %.3f | %d |%n",
                    method,
                    kind,
                    entries.size(),
                    mean(entries, Entry::psnr),
                    mean(entries, Entry::ssim),
                    mean(entries, Entry::l1),
                    mean(entries, Entry::sharpness),
                    median(entries),
                    changed));
        });
        out.append(
                "\nDoes the fill look like the photo (fillscore.py's figures): spectral 0 ideal; band ratios finest to"
                        + " coarsest, 1 ideal; seam 1 = as smooth as the photo, > 1.1 a visible edge.\n\n");
        out.append("| method | masks | spectral | band 1 | band 2 | band 3 | band 4 | coarse | seam |\n");
        out.append("|---|---|---|---|---|---|---|---|---|\n");
        forEachRow((method, kind, entries) -> out.append(String.format(
                Locale.ROOT,
                "| %s | %s | %.2f | %s | %.2f | %.2f |%n",
                method,
                kind,
                mean(entries, Entry::spectral),
                bands(entries),
                mean(entries, Entry::coarse),
                mean(entries, Entry::seam))));
        out.append("\nOurs against each peer over all cases: differences of the means, sharpness of each, speed-up ="
                + " peer median time / ours.\n\n");
        out.append("| ours | peer | dPSNR (dB) | dSSIM | dSpectral | dSeam | sharpness ours / peer | speed-up |\n");
        out.append("|---|---|---|---|---|---|---|---|\n");
        for (String mine : ours) {
            List<Entry> a = byMethod.get(mine);
            if (a == null) {
                continue;
            }
            for (Map.Entry<String, List<Entry>> peer : byMethod.entrySet()) {
                if (ours.contains(peer.getKey())) {
                    continue;
                }
                List<Entry> b = peer.getValue();
                out.append(String.format(
                        Locale.ROOT,
                        "| %s | %s | %+.2f | %+.4f | %+.2f | %+.2f | %.2f / %.2f | %.1fx |%n",
                        mine,
                        peer.getKey(),
                        mean(a, Entry::psnr) - mean(b, Entry::psnr),
                        mean(a, Entry::ssim) - mean(b, Entry::ssim),
                        mean(a, Entry::spectral) - mean(b, Entry::spectral),
                        mean(a, Entry::seam) - mean(b, Entry::seam),
                        mean(a, Entry::sharpness),
                        mean(b, Entry::sharpness),
                        median(b) / median(a)));
            }
        }
        return out.toString();
    }

    private interface RowWriter {
        void write(String method, String kind, List<Entry> entries);
    }

    /** One row per method and mask kind present, then the method's row over all its cases. */
    private void forEachRow(RowWriter writer) {
        for (Map.Entry<String, List<Entry>> method : byMethod.entrySet()) {
            for (String kind : KINDS) {
                List<Entry> entries = select(method.getValue(), kind);
                if (!entries.isEmpty()) {
                    writer.write(method.getKey(), kind, entries);
                }
            }
            writer.write("**" + method.getKey() + "**", "all", method.getValue());
        }
    }

    /** Mean ratio per band over the cases large enough to have that band ("-" when none is: thin masks). */
    private static String bands(List<Entry> entries) {
        StringBuilder cells = new StringBuilder();
        for (int band = 0; band < 4; band++) {
            int b = band;
            double m = entries.stream()
                    .map(e -> e.metrics().perceptual().bands())
                    .filter(r -> r.length > b)
                    .mapToDouble(r -> r[b])
                    .average()
                    .orElse(Double.NaN);
            cells.append(band == 0 ? "" : " | ").append(Double.isNaN(m) ? "-" : String.format(Locale.ROOT, "%.2f", m));
        }
        return cells.toString();
    }

    private static List<Entry> select(List<Entry> entries, String kind) {
        return entries.stream().filter(e -> e.kind().equals(kind)).toList();
    }

    private static double mean(List<Entry> entries, java.util.function.ToDoubleFunction<Entry> figure) {
        return entries.stream()
                .mapToDouble(figure)
                .filter(v -> !Double.isNaN(v))
                .average()
                .orElse(Double.NaN);
    }

    private static double median(List<Entry> entries) {
        double[] t = entries.stream()
                .mapToDouble(Entry::seconds)
                .filter(s -> !Double.isNaN(s))
                .sorted()
                .toArray();
        if (t.length == 0) {
            return Double.NaN;
        }
        return t.length % 2 == 1 ? t[t.length / 2] : (t[t.length / 2 - 1] + t[t.length / 2]) / 2;
    }

    static List<String> split(String list) {
        return Arrays.stream(list.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
