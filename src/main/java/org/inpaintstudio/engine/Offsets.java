package org.inpaintstudio.engine;

/** A list of 2-D pixel offsets (source minus target), most frequent first. */
record Offsets(int[] xs, int[] ys) {
    static final Offsets NONE = new Offsets(new int[0], new int[0]);

    int size() {
        return xs.length;
    }

    int dx(int k) {
        return xs[k];
    }

    int dy(int k) {
        return ys[k];
    }

    /** The same offsets at a pyramid level {@code levels} steps finer (positive) or coarser (negative). */
    Offsets rescaled(int levels) {
        double factor = Math.pow(2, levels);
        int[] x = new int[xs.length];
        int[] y = new int[ys.length];
        int n = 0;
        for (int k = 0; k < xs.length; k++) {
            int sx = (int) Math.round(xs[k] * factor);
            int sy = (int) Math.round(ys[k] * factor);
            if (sx != 0 || sy != 0) {
                x[n] = sx;
                y[n] = sy;
                n++;
            }
        }
        return new Offsets(java.util.Arrays.copyOf(x, n), java.util.Arrays.copyOf(y, n));
    }
}
