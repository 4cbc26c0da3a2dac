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
    }

    private final Map<String, List<Entry>> byMethod = new LinkedHashMap<>();

    void add(String method, String kind, HoleMetrics metrics, double seconds) {
        byMethod.computeIfAbsent(method, m -> new ArrayList<>()).add(new Entry(kind, metrics, seconds));
    }

    String render(List<String> ours) {
        StringBuilder out = new StringBuilder();
        out.append("| method | masks | cases | PSNR hole (dB) | SSIM | L1 hole | sharpness | median time (s) | changed outside |\n");
        out.append("|---|---|---|---|---|---|---|---|---|\n");
        for (Map.Entry<String, List<Entry>> method : byMethod.entrySet()) {
            for (String kind : KINDS) {
                row(out, method.getKey(), kind, select(method.getValue(), kind));
            }
            row(out, "**" + method.getKey() + "**", "all", method.getValue());
        }
        out.append("\nRatios over all cases (ours vs peer): PSNR and SSIM differences, sharpness of each, speed-up = peer median time / ours.\n\n");
        out.append("| ours | peer | dPSNR (dB) | dSSIM | sharpness ours / peer | speed-up |\n|---|---|---|---|---|---|\n");
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
                out.append(String.format(Locale.ROOT, "| %s | %s | %+.2f | %+.4f | %.2f / %.2f | %.1fx |%n", mine,
                    peer.getKey(), mean(a, 0) - mean(b, 0), mean(a, 1) - mean(b, 1), mean(a, 3), mean(b, 3),
                    median(b) / median(a)));
            }
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String method, String kind, List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        long changed = entries.stream().mapToLong(e -> e.metrics().changedOutside()).sum();
        out.append(String.format(Locale.ROOT, "| %s | %s | %d | %.2f | %.4f | %.4f | %.2f | %.3f | %d |%n", method, kind,
            entries.size(), mean(entries, 0), mean(entries, 1), mean(entries, 2), mean(entries, 3), median(entries),
            changed));
    }

    private static List<Entry> select(List<Entry> entries, String kind) {
        return entries.stream().filter(e -> e.kind().equals(kind)).toList();
    }

    private static double mean(List<Entry> entries, int field) {
        return entries.stream().mapToDouble(e -> switch (field) {
            case 0 -> e.metrics().psnr();
            case 1 -> e.metrics().ssim();
            case 2 -> e.metrics().l1();
            default -> e.metrics().sharpness();
        }).average().orElse(Double.NaN);
    }

    private static double median(List<Entry> entries) {
        double[] t = entries.stream().mapToDouble(Entry::seconds).filter(s -> !Double.isNaN(s)).sorted().toArray();
        if (t.length == 0) {
            return Double.NaN;
        }
        return t.length % 2 == 1 ? t[t.length / 2] : (t[t.length / 2 - 1] + t[t.length / 2]) / 2;
    }

    static List<String> split(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
