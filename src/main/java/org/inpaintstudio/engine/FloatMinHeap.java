package org.inpaintstudio.engine;

import java.util.Arrays;

/** A binary min-heap of (float key, int value) pairs without boxing; equal keys leave in insertion order. */
final class FloatMinHeap {
    private float[] keys;
    private int[] values;
    private long[] order;
    private long counter;
    private int size;

    FloatMinHeap(int capacity) {
        keys = new float[Math.max(capacity, 16)];
        values = new int[keys.length];
        order = new long[keys.length];
    }

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    void push(float key, int value) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            values = Arrays.copyOf(values, size * 2);
            order = Arrays.copyOf(order, size * 2);
        }
        int i = size++;
        long stamp = counter++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!less(key, stamp, keys[parent], order[parent])) {
                break;
            }
            move(parent, i);
            i = parent;
        }
        set(i, key, value, stamp);
    }

    /** Removes the entry with the smallest key and returns its value. */
    int popValue() {
        int top = values[0];
        size--;
        if (size > 0) {
            float key = keys[size];
            int value = values[size];
            long stamp = order[size];
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && less(keys[child + 1], order[child + 1], keys[child], order[child])) {
                    child++;
                }
                if (!less(keys[child], order[child], key, stamp)) {
                    break;
                }
                move(child, i);
                i = child;
            }
            set(i, key, value, stamp);
        }
        return top;
    }

    private static boolean less(float keyA, long stampA, float keyB, long stampB) {
        return keyA < keyB || (keyA == keyB && stampA < stampB);
    }

    private void move(int from, int to) {
        keys[to] = keys[from];
        values[to] = values[from];
        order[to] = order[from];
    }

    private void set(int i, float key, int value, long stamp) {
        keys[i] = key;
        values[i] = value;
        order[i] = stamp;
    }
}
