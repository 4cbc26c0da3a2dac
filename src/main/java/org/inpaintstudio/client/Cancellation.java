package org.inpaintstudio.client;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;

/**
 * Stops a running task from any thread: waits end at once and the HTTP call in flight is cancelled, so
 * {@link InpaintClient#run} returns with {@link TaskCancelledException} within milliseconds.
 */
public final class Cancellation {
    private final CountDownLatch cancelled = new CountDownLatch(1);
    private final Set<Call> inFlight = ConcurrentHashMap.newKeySet();

    public void cancel() {
        cancelled.countDown();
        inFlight.forEach(Call::cancel);
    }

    public boolean isCancelled() {
        return cancelled.getCount() == 0;
    }

    void attach(Call call) {
        inFlight.add(call);
        if (isCancelled()) {
            call.cancel();
        }
    }

    void detach(Call call) {
        inFlight.remove(call);
    }

    /** Waits up to {@code nanos}; true when it ended because of cancellation. */
    boolean await(long nanos) throws InterruptedException {
        return nanos > 0 ? cancelled.await(nanos, TimeUnit.NANOSECONDS) : isCancelled();
    }
}
