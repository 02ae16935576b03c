package io.github.ladorules;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Evaluates many inputs on every core and hands the results back in input order. It reads the inputs lazily and keeps
 * at most a fixed window of them in flight, so a stream of millions runs in bounded memory; one input that fails
 * becomes a failed item, and the rest go on.
 *
 * <pre>{@code
 * try (Stream<LadoBatch.Item<Decision>> results = LadoBatch.evaluate(engine, cases)) {
 *     results.forEach(item -> ...);     // item.index() counts from 0 in input order
 * }
 * }</pre>
 *
 * <p>Close the stream (or read it to the end) to stop its worker threads; they are daemon threads, so an abandoned
 * stream never keeps the JVM alive.
 */
public final class LadoBatch {
    /** Inputs in flight for each worker: enough to keep every core busy while the oldest result is awaited. */
    private static final int WINDOW_PER_WORKER = 64;

    private LadoBatch() {
    }

    /**
     * One input's result: the value, or the exception the work threw (an {@link InvalidInputException} for a case that
     * breaks the schema, a {@link RulesException}, a {@link DeadlineExceededException}).
     */
    public record Item<T>(long index, T value, RuntimeException error) {
        public boolean ok() {
            return error == null;
        }
    }

    /** Each case evaluated with the edition in force on its referral date. */
    public static Stream<Item<Decision>> evaluate(LadoEngine engine, Stream<LadoCase> cases) {
        Objects.requireNonNull(engine, "engine");
        return map(cases, engine::evaluate, workers());
    }

    /** Each finished investigation classified with the edition in force on its referral date. */
    public static Stream<Item<OutcomeDecision>> classify(LadoEngine engine, Stream<OutcomeCase> outcomes) {
        Objects.requireNonNull(engine, "engine");
        return map(outcomes, engine::classify, workers());
    }

    /**
     * Any work over any inputs, in order, on {@code workers} threads: for callers that parse and print in the workers
     * too (the command line's {@code --batch}).
     */
    public static <I, O> Stream<Item<O>> map(Stream<I> inputs, Function<? super I, ? extends O> work, int workers) {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(work, "work");
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1");
        }
        InOrder<I, O> results = new InOrder<>(inputs.iterator(), work, workers);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(results,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(results::close).onClose(inputs::close);
    }

    /** One worker per available core. */
    public static int workers() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** Submits inputs while fewer than the window are in flight, and yields the oldest result first. */
    private static final class InOrder<I, O> implements Iterator<Item<O>>, AutoCloseable {
        private static final AtomicInteger POOLS = new AtomicInteger();
        private final Iterator<I> inputs;
        private final Function<? super I, ? extends O> work;
        private final int window;
        private final ExecutorService pool;
        private final ArrayDeque<Future<O>> inFlight = new ArrayDeque<>();
        private long nextIndex;

        InOrder(Iterator<I> inputs, Function<? super I, ? extends O> work, int workers) {
            this.inputs = inputs;
            this.work = work;
            this.window = workers * WINDOW_PER_WORKER;
            int pool = POOLS.incrementAndGet();
            AtomicInteger thread = new AtomicInteger();
            this.pool = Executors.newFixedThreadPool(workers, r -> {
                Thread t = new Thread(r, "lado-batch-" + pool + "-" + thread.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }

        @Override
        public boolean hasNext() {
            fill();
            if (inFlight.isEmpty()) {
                close();
                return false;
            }
            return true;
        }

        @Override
        public Item<O> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Future<O> oldest = inFlight.poll();
            long index = nextIndex - inFlight.size() - 1;
            try {
                return new Item<>(index, oldest.get(), null);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    return new Item<>(index, null, failure);
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new IllegalStateException("interrupted while waiting for a result", e);
            }
        }

        private void fill() {
            while (inFlight.size() < window && inputs.hasNext()) {
                I input = inputs.next();
                inFlight.add(pool.submit(() -> work.apply(input)));
                nextIndex++;
            }
        }

        @Override
        public void close() {
            pool.shutdownNow();
        }
    }
}
