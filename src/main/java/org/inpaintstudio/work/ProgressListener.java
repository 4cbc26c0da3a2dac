package org.inpaintstudio.work;

/** Receives the share of a job done, from 0 to 1. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = fraction -> {};

    void progress(double fraction);
}
