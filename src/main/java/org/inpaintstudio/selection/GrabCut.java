package org.inpaintstudio.selection;

import org.inpaintstudio.work.CancellationToken;
import org.inpaintstudio.work.ProgressListener;

/**
 * Iterated graph-cut segmentation of one region of an image (GrabCut, Rother, Kolmogorov and Blake 2004). Each
 * pixel of the region carries a label: definitely background or foreground (fixed), or probably one of them (the
 * unknowns). Each round fits a {@link ColourModel} to the foreground and one to the background, then relabels
 * the unknowns by a minimum cut whose data term is each colour's cost under the two models and whose smoothness
 * term between 8-neighbours falls with their colour difference (contrast-sensitive), so the cut follows edges.
 */
final class GrabCut {
    static final byte BACKGROUND = 0;
    static final byte FOREGROUND = 1;
    static final byte PROBABLY_BACKGROUND = 2;
    static final byte PROBABLY_FOREGROUND = 3;

    /** Weight of the smoothness term against the data term; 50 as in the paper. */
    private static final double GAMMA = 50;

    private static final double DIAGONAL = GAMMA / Math.sqrt(2);
    private static final int MAX_SAMPLES = 60_000;
    private static final int MIN_SAMPLES = 16;
    /** Rounds stop early once fewer than this share of the unknowns changed side. */
    private static final double SETTLED = 0.001;

    private final RgbImage image;
    private final int x0;
    private final int y0;
    private final int width;
    private final int height;
    private final byte[] labels;
    private final CancellationToken cancel;
    private ColourModel foreground;
    private ColourModel background;

    /**
     * @param labels one label a pixel of the region {@code (x0, y0, width, height)} of the image, row-major;
     *               updated in place
     */
    GrabCut(RgbImage image, int x0, int y0, int width, int height, byte[] labels, CancellationToken cancel) {
        if (labels.length != width * height) {
            throw new IllegalArgumentException("labels do not match the region");
        }
        this.image = image;
        this.x0 = x0;
        this.y0 = y0;
        this.width = width;
        this.height = height;
        this.labels = labels;
        this.cancel = cancel;
    }

    static boolean isForeground(byte label) {
        return label == FOREGROUND || label == PROBABLY_FOREGROUND;
    }

    static boolean isUnknown(byte label) {
        return label == PROBABLY_BACKGROUND || label == PROBABLY_FOREGROUND;
    }

    /** Fits the models and cuts, up to {@code rounds} times; false when there is no foreground to model. */
    boolean iterate(int rounds, ProgressListener progress) {
        for (int round = 0; round < rounds; round++) {
            if (!learnModels()) {
                for (int i = 0; i < labels.length; i++) {
                    if (isUnknown(labels[i])) {
                        labels[i] = PROBABLY_BACKGROUND;
                    }
                }
                return false;
            }
            int[] changed = cut();
            progress.progress((round + 1.0) / rounds);
            if (round > 0 && changed[0] <= SETTLED * changed[1]) {
                break;
            }
        }
        return true;
    }

    /** One cut with models learnt elsewhere (the edge refined at full size with the models of the reduced copy). */
    void cutWith(ColourModel foregroundModel, ColourModel backgroundModel) {
        foreground = foregroundModel;
        background = backgroundModel;
        cut();
    }

    ColourModel foregroundModel() {
        return foreground;
    }

    ColourModel backgroundModel() {
        return background;
    }

    private boolean learnModels() {
        float[] fg = samples(true);
        float[] bg = samples(false);
        if (fg.length / 3 < MIN_SAMPLES) {
            return false;
        }
        if (bg.length / 3 < MIN_SAMPLES) {
            bg = rimSamples();
        }
        foreground =
                foreground == null ? ColourModel.initial(fg, fg.length / 3) : foreground.refined(fg, fg.length / 3);
        background =
                background == null ? ColourModel.initial(bg, bg.length / 3) : background.refined(bg, bg.length / 3);
        return true;
    }

    /** Colours of the (probable) foreground or background, every n-th pixel so that at most MAX_SAMPLES remain. */
    private float[] samples(boolean ofForeground) {
        int count = 0;
        for (byte label : labels) {
            if (isForeground(label) == ofForeground) {
                count++;
            }
        }
        int stride = Math.max(1, (count + MAX_SAMPLES - 1) / MAX_SAMPLES);
        float[] out = new float[3 * ((count + stride - 1) / stride)];
        int seen = 0;
        int n = 0;
        for (int i = 0; i < labels.length && n < out.length; i++) {
            if (isForeground(labels[i]) == ofForeground && seen++ % stride == 0) {
                n = put(out, n, colour(i));
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** When the rectangle covers the whole image there is no background to learn from: the region's rim stands in. */
    private float[] rimSamples() {
        float[] out = new float[3 * 2 * (width + height)];
        int n = 0;
        for (int x = 0; x < width; x++) {
            n = put(out, n, colour(x));
            n = put(out, n, colour((height - 1) * width + x));
        }
        for (int y = 0; y < height; y++) {
            n = put(out, n, colour(y * width));
            n = put(out, n, colour(y * width + width - 1));
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static int put(float[] out, int n, int rgb) {
        out[n] = (rgb >> 16) & 0xFF;
        out[n + 1] = (rgb >> 8) & 0xFF;
        out[n + 2] = rgb & 0xFF;
        return n + 3;
    }

    private int colour(int regionIndex) {
        int x = regionIndex % width;
        int y = regionIndex / width;
        return image.pixels()[(y0 + y) * image.width() + x0 + x];
    }

    /** Relabels the unknowns by a minimum cut; returns {changed, unknowns}. */
    private int[] cut() {
        int[] node = new int[labels.length];
        int nodes = 0;
        for (int i = 0; i < labels.length; i++) {
            node[i] = isUnknown(labels[i]) ? nodes++ : -1;
        }
        if (nodes == 0) {
            return new int[] {0, 0};
        }
        double beta = beta(node);
        MaxFlow graph = new MaxFlow(nodes, 4 * nodes);
        int[] pixels = image.pixels();
        int stride = image.width();
        for (int y = 0; y < height; y++) {
            cancel.throwIfCancelled(y);
            int row = (y0 + y) * stride + x0;
            for (int x = 0; x < width; x++) {
                int i = y * width + x;
                int p = pixels[row + x];
                if (node[i] >= 0) {
                    float r = (p >> 16) & 0xFF;
                    float g = (p >> 8) & 0xFF;
                    float b = p & 0xFF;
                    double asBackground = background.cost(r, g, b);
                    double asForeground = foreground.cost(r, g, b);
                    double floor = Math.min(asBackground, asForeground);
                    graph.addTerminalWeights(node[i], (float) (asBackground - floor), (float) (asForeground - floor));
                }
                if (x + 1 < width) {
                    link(graph, node, i, i + 1, p, pixels[row + x + 1], beta, GAMMA);
                }
                if (y + 1 < height) {
                    int below = row + stride + x;
                    link(graph, node, i, i + width, p, pixels[below], beta, GAMMA);
                    if (x + 1 < width) {
                        link(graph, node, i, i + width + 1, p, pixels[below + 1], beta, DIAGONAL);
                    }
                    if (x > 0) {
                        link(graph, node, i, i + width - 1, p, pixels[below - 1], beta, DIAGONAL);
                    }
                }
            }
        }
        cancel.throwIfCancelled();
        graph.solve();
        int changed = 0;
        for (int i = 0; i < labels.length; i++) {
            if (node[i] >= 0) {
                byte next = graph.inSourceSet(node[i]) ? PROBABLY_FOREGROUND : PROBABLY_BACKGROUND;
                if (next != labels[i]) {
                    changed++;
                    labels[i] = next;
                }
            }
        }
        return new int[] {changed, nodes};
    }

    /** The smoothness edge between region pixels i and j; to a fixed pixel it becomes a terminal weight. */
    private void link(MaxFlow graph, int[] node, int i, int j, int pi, int pj, double beta, double weight) {
        int ni = node[i];
        int nj = node[j];
        if (ni < 0 && nj < 0) {
            return;
        }
        float w = (float) (weight * Math.exp(-beta * squaredDifference(pi, pj)));
        if (ni >= 0 && nj >= 0) {
            graph.addEdge(ni, nj, w, w);
        } else if (ni >= 0) {
            fixedNeighbour(graph, ni, labels[j], w);
        } else {
            fixedNeighbour(graph, nj, labels[i], w);
        }
    }

    private static void fixedNeighbour(MaxFlow graph, int node, byte fixedLabel, float w) {
        if (fixedLabel == FOREGROUND) {
            graph.addTerminalWeights(node, w, 0); // labelling the node background cuts this edge
        } else {
            graph.addTerminalWeights(node, 0, w);
        }
    }

    /** 1 / (2 mean squared colour difference) over the neighbour pairs that touch an unknown. */
    private double beta(int[] node) {
        int[] pixels = image.pixels();
        int stride = image.width();
        double sum = 0;
        long pairs = 0;
        for (int y = 0; y < height; y++) {
            int row = (y0 + y) * stride + x0;
            for (int x = 0; x < width; x++) {
                int i = y * width + x;
                int p = pixels[row + x];
                boolean unknown = node[i] >= 0;
                if (x + 1 < width && (unknown || node[i + 1] >= 0)) {
                    sum += squaredDifference(p, pixels[row + x + 1]);
                    pairs++;
                }
                if (y + 1 < height && (unknown || node[i + width] >= 0)) {
                    sum += squaredDifference(p, pixels[row + stride + x]);
                    pairs++;
                }
            }
        }
        return sum > 0 ? pairs / (2 * sum) : 0;
    }

    private static int squaredDifference(int p, int q) {
        int dr = ((p >> 16) & 0xFF) - ((q >> 16) & 0xFF);
        int dg = ((p >> 8) & 0xFF) - ((q >> 8) & 0xFF);
        int db = (p & 0xFF) - (q & 0xFF);
        return dr * dr + dg * dg + db * db;
    }
}
