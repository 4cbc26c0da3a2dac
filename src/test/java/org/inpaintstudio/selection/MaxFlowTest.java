package org.inpaintstudio.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The Boykov-Kolmogorov solver against graphs whose minimum cut is known, and against exhaustive search. */
class MaxFlowTest {
    @Test
    void aSingleNodeGoesToTheCheaperSide() {
        MaxFlow graph = new MaxFlow(1, 0);
        graph.addTerminalWeights(0, 3, 5); // cutting source->0 costs 3, 0->sink costs 5
        assertEquals(3, graph.solve(), 1e-6);
        assertFalse(graph.inSourceSet(0), "the cheaper cut is the source edge: the node ends on the sink side");
    }

    @Test
    void aChainIsCutAtItsWeakestLink() {
        // source -> 0 -> 1 -> 2 -> 3 -> sink with capacities 9, 4, 2, 7, 8: the cut is the edge 1->2.
        MaxFlow graph = new MaxFlow(4, 3);
        graph.addTerminalWeights(0, 9, 0);
        graph.addEdge(0, 1, 4, 0);
        graph.addEdge(1, 2, 2, 0);
        graph.addEdge(2, 3, 7, 0);
        graph.addTerminalWeights(3, 0, 8);
        assertEquals(2, graph.solve(), 1e-6);
        assertTrue(graph.inSourceSet(0));
        assertTrue(graph.inSourceSet(1));
        assertFalse(graph.inSourceSet(2));
        assertFalse(graph.inSourceSet(3));
    }

    @Test
    void theTextbookNetworkHasFlow23() {
        // CLRS figure 26.1 (s=source, t=sink; v1..v4 are nodes 0..3): maximum flow 23, cut {s, v1, v2, v4}.
        MaxFlow graph = new MaxFlow(4, 5);
        graph.addTerminalWeights(0, 16, 0);
        graph.addTerminalWeights(1, 13, 0);
        graph.addEdge(0, 2, 12, 0);
        graph.addEdge(1, 0, 4, 0);
        graph.addEdge(2, 1, 9, 0);
        graph.addEdge(1, 3, 14, 0);
        graph.addEdge(3, 2, 7, 0);
        graph.addTerminalWeights(2, 0, 20);
        graph.addTerminalWeights(3, 0, 4);
        assertEquals(23, graph.solve(), 1e-6);
        assertTrue(graph.inSourceSet(0));
        assertTrue(graph.inSourceSet(1));
        assertFalse(graph.inSourceSet(2));
        assertTrue(graph.inSourceSet(3));
    }

    @Test
    void randomGraphsMatchExhaustiveSearchOfAllCuts() {
        Random random = new Random(16);
        for (int trial = 0; trial < 300; trial++) {
            int n = 2 + random.nextInt(9);
            float[] source = new float[n];
            float[] sink = new float[n];
            float[][] capacity = new float[n][n];
            MaxFlow graph = new MaxFlow(n, n * n);
            for (int i = 0; i < n; i++) {
                source[i] = random.nextInt(3) == 0 ? 0 : random.nextInt(20);
                sink[i] = random.nextInt(3) == 0 ? 0 : random.nextInt(20);
                graph.addTerminalWeights(i, source[i], sink[i]);
            }
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (random.nextBoolean()) {
                        capacity[i][j] = random.nextInt(15);
                        capacity[j][i] = random.nextInt(15);
                        graph.addEdge(i, j, capacity[i][j], capacity[j][i]);
                    }
                }
            }
            double flow = graph.solve();
            double best = Double.MAX_VALUE;
            for (int set = 0; set < 1 << n; set++) {
                best = Math.min(best, cutCost(set, source, sink, capacity));
            }
            assertEquals(best, flow, 1e-3, "trial " + trial + " with " + n + " nodes");
            int found = 0;
            for (int i = 0; i < n; i++) {
                found |= graph.inSourceSet(i) ? 1 << i : 0;
            }
            assertEquals(best, cutCost(found, source, sink, capacity), 1e-3, "the reported sides form a minimum cut");
        }
    }

    @Test
    void aGridSplitsAlongTheWeakColumn() {
        // 20 x 10 grid: left column tied to the source, right column to the sink; horizontal edges strong except
        // between columns 12 and 13, so the cut runs there.
        int w = 20;
        int h = 10;
        MaxFlow graph = new MaxFlow(w * h, 2 * w * h);
        for (int y = 0; y < h; y++) {
            graph.addTerminalWeights(y * w, 1000, 0);
            graph.addTerminalWeights(y * w + w - 1, 0, 1000);
            for (int x = 0; x + 1 < w; x++) {
                float c = x == 12 ? 1 : 50;
                graph.addEdge(y * w + x, y * w + x + 1, c, c);
            }
            if (y + 1 < h) {
                for (int x = 0; x < w; x++) {
                    graph.addEdge(y * w + x, (y + 1) * w + x, 5, 5);
                }
            }
        }
        assertEquals(h, graph.solve(), 1e-3);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                assertEquals(x <= 12, graph.inSourceSet(y * w + x), "node " + x + "," + y);
            }
        }
    }

    @Test
    void aSolvedGraphRefusesMoreEdges() {
        MaxFlow graph = new MaxFlow(2, 1);
        graph.solve();
        assertThrows(IllegalStateException.class, () -> graph.addEdge(0, 1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new MaxFlow(2, 1).addEdge(1, 1, 1, 1));
    }

    private static double cutCost(int sourceSet, float[] source, float[] sink, float[][] capacity) {
        int n = source.length;
        double cost = 0;
        for (int i = 0; i < n; i++) {
            boolean inSource = (sourceSet >> i & 1) == 1;
            cost += inSource ? sink[i] : source[i];
            for (int j = 0; j < n; j++) {
                if (inSource && (sourceSet >> j & 1) == 0) {
                    cost += capacity[i][j];
                }
            }
        }
        return cost;
    }
}
