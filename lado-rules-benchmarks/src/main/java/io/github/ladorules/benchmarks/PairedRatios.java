package io.github.ladorules.benchmarks;

import io.github.ladorules.LadoCase;
import io.github.ladorules.LadoEngine;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * The ratios of issue 9 read from CPU time, for a machine whose neighbours make wall-clock scores wander (JMH's error
 * bars here are 20 to 40 %). Each ratio compares two pieces of work in alternating blocks on one thread, in the same
 * JVM and the same minute: a block of one, then a block of the other, the order swapped every round so that a slow
 * spell costs both alike. Each block is timed by the CPU time this thread used, which another process cannot inflate
 * by taking the core away, and by the CPU time of the whole process (the collector and compiler threads too, in
 * steps of the system clock's tick, so blocks are long). The median of the rounds' ratios is the figure; the
 * quartiles say how far the rounds agreed. Run from the repository root, after the benchmarks jar is built:
 * {@code java -XX:+UseParallelGC -cp lado-rules-benchmarks/target/benchmarks.jar
 * io.github.ladorules.benchmarks.PairedRatios [warm-up seconds, default 60] [rounds, default 20]}.
 */
public final class PairedRatios {
    /** Long enough for the process's CPU time, counted in clock ticks (10 ms), to be read to a few per cent. */
    private static final long BLOCK_NANOS = 400_000_000L;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static int sink;

    private PairedRatios() {
    }

    /** A piece of work measured many times over; it returns a number so the JIT cannot leave the work out. */
    private record Work(String name, IntSupplier op) {
    }

    /** What is measured (the subject) against what it is divided by (the yardstick). */
    private record Pair(Work subject, Work yardstick) {
    }

    /** One block's CPU time for each operation, by the thread's clock and by the process's. */
    private record PerOp(double threadNanos, double processNanos) {
    }

    public static void main(String[] args) {
        long warmUpSeconds = args.length > 0 ? Long.parseLong(args[0]) : 60;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        LadoEngine engine = LadoEngine.builder().compileAllEditions().build();
        LadoCase example = BenchCases.example();
        LadoCase exampleKnown = BenchCases.exampleFullyKnown();
        LadoCase tenUnknown = BenchCases.entries(10, true);
        LadoCase tenKnown = BenchCases.entries(10, false);
        LadoCase oneEntry = BenchCases.entries(1, true);
        LadoCase fiftyEntries = BenchCases.entries(50, true);
        DroolsFloor floor = new DroolsFloor();
        Work baseline = new Work("plain-Java baseline", () -> PlainJavaBaseline.highestTiers(example)[0]);
        Work oneRule = new Work("one rule, one fact (Drools)", () -> floor.decide(4));
        Work known = new Work("example, every fact known", () -> engine.evaluate(exampleKnown).subjects().size());
        Work shipped = new Work("example as shipped", () -> engine.evaluate(example).subjects().size());
        Work ten = new Work("ten concerns, every fact known", () -> engine.evaluate(tenKnown).subjects().size());
        Work thirty = new Work("ten concerns, 30 facts unknown", () -> engine.evaluate(tenUnknown).subjects().size());
        Work one = new Work("1 entry, 3 unknown", () -> engine.evaluate(oneEntry).subjects().size());
        Work fifty = new Work("50 entries, 150 unknown", () -> engine.evaluate(fiftyEntries).subjects().size());
        List<Pair> pairs = List.of(new Pair(known, baseline), new Pair(oneRule, baseline), new Pair(known, oneRule),
                new Pair(shipped, known), new Pair(thirty, ten), new Pair(fifty, one));

        List<Work> all = List.of(baseline, oneRule, known, shipped, ten, thirty, one, fifty);
        Map<Work, Long> perBlock = new LinkedHashMap<>();
        long warmUpEnd = System.nanoTime() + warmUpSeconds * 1_000_000_000L;
        while (System.nanoTime() < warmUpEnd) {
            for (Work work : all) {
                perBlock.put(work, calibrate(work));
            }
        }
        System.out.printf("warmed up for %d s; %d rounds of %.1f s blocks per ratio, on one thread%n%n",
                warmUpSeconds, rounds, BLOCK_NANOS / 1e9);
        System.out.printf("%-32s %-32s %14s %14s %20s %16s%n", "subject", "yardstick", "subject (µs)",
                "yardstick (µs)", "ratio (quartiles)", "by process CPU");
        for (Pair pair : pairs) {
            double[] threadRatios = new double[rounds];
            double[] processRatios = new double[rounds];
            double[] subjectMicros = new double[rounds];
            double[] yardstickMicros = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                PerOp subject;
                PerOp yardstick;
                if (round % 2 == 0) {
                    subject = block(pair.subject(), perBlock.get(pair.subject()));
                    yardstick = block(pair.yardstick(), perBlock.get(pair.yardstick()));
                } else {
                    yardstick = block(pair.yardstick(), perBlock.get(pair.yardstick()));
                    subject = block(pair.subject(), perBlock.get(pair.subject()));
                }
                threadRatios[round] = subject.threadNanos() / yardstick.threadNanos();
                processRatios[round] = subject.processNanos() / yardstick.processNanos();
                subjectMicros[round] = subject.threadNanos() / 1e3;
                yardstickMicros[round] = yardstick.threadNanos() / 1e3;
            }
            System.out.printf("%-32s %-32s %14s %14s %20s %16s%n", pair.subject().name(), pair.yardstick().name(),
                    micros(median(subjectMicros)), micros(median(yardstickMicros)),
                    String.format("%s (%s to %s)", ratio(median(threadRatios)), ratio(quartile(threadRatios, 1)),
                            ratio(quartile(threadRatios, 3))), ratio(median(processRatios)));
        }
        System.out.println();
        System.out.println("µs: median CPU time of one operation on this thread. ratio: median over the rounds of"
                + " subject / yardstick by this thread's CPU time, with the quartiles of the rounds; by process CPU:"
                + " the same by the whole process's CPU time. (" + sink + ")");
    }

    /** How many operations fill a block, from one timed pass. */
    private static long calibrate(Work work) {
        long count = 1;
        while (true) {
            long start = THREADS.getCurrentThreadCpuTime();
            for (long i = 0; i < count; i++) {
                sink += work.op().getAsInt();
            }
            long used = THREADS.getCurrentThreadCpuTime() - start;
            if (used > BLOCK_NANOS / 8) {
                return Math.max(1, count * BLOCK_NANOS / used);
            }
            count *= 2;
        }
    }

    private static PerOp block(Work work, long count) {
        long process = TimedBatch.processCpuNanos();
        long thread = THREADS.getCurrentThreadCpuTime();
        for (long i = 0; i < count; i++) {
            sink += work.op().getAsInt();
        }
        double threadNanos = (THREADS.getCurrentThreadCpuTime() - thread) / (double) count;
        double processNanos = (TimedBatch.processCpuNanos() - process) / (double) count;
        return new PerOp(threadNanos, processNanos);
    }

    private static double median(double[] values) {
        return quartile(values, 2);
    }

    /** The q-th quartile (1, 2 or 3), by the nearest rank. */
    private static double quartile(double[] values, int q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length / 4.0) - 1)];
    }

    private static String micros(double value) {
        return value < 1 ? String.format("%.3f", value) : String.format("%,.0f", value);
    }

    private static String ratio(double value) {
        return value < 10 ? String.format("%.2f ×", value) : String.format("%,.0f ×", value);
    }
}
