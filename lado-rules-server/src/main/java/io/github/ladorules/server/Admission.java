package io.github.ladorules.server;

import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;

/**
 * A bounded queue in front of the engine: at most {@code threads} requests evaluate at once and at most {@code queue}
 * more wait; any request beyond that is refused at once with 503, so a flood cannot pile up unbounded work or memory.
 */
final class Admission {
    private final Semaphore places;
    private final Semaphore workers;

    Admission(int threads, int queue) {
        if (threads < 1 || queue < 0) {
            throw new IllegalArgumentException("threads must be at least 1 and queue at least 0");
        }
        this.places = new Semaphore(threads + queue);
        this.workers = new Semaphore(threads, true);
    }

    <T> T run(Callable<T> work) throws Exception {
        if (!places.tryAcquire()) {
            throw ProblemException.overloaded();
        }
        try {
            workers.acquire();
            try {
                return work.call();
            } finally {
                workers.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ProblemException.overloaded();
        } finally {
            places.release();
        }
    }
}
