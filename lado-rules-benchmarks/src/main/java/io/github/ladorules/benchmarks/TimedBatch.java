package io.github.ladorules.benchmarks;

import io.github.ladorules.LadoBatch;
import io.github.ladorules.LadoCodec;
import io.github.ladorules.LadoEngine;
import java.lang.management.ManagementFactory;
import java.util.function.Function;

/**
 * A timed batch run, for sizes JMH would take too long over: {@code N} generated simple cases parsed alone (the
 * baseline), then parsed, evaluated and written as JSON as {@code --batch} does, on every core, each after a warm-up
 * of a tenth as many. Prints both rates, their ratio and the most heap seen in use; run it with a small {@code -Xmx}
 * to show that memory stays bounded:
 * {@code java -Xmx256m -XX:+UseParallelGC -cp lado-rules-benchmarks/target/benchmarks.jar io.github.ladorules.benchmarks.TimedBatch 1000000}
 * (the parallel collector, as {@code ./lado-rules evaluate --batch} runs).
 *
 * <p>On a machine shared with other work the wall-clock rate says as much about the neighbours as about the engine, so
 * each run also prints the CPU time the whole process used (every thread: workers, garbage collector, compiler) and
 * the rate that CPU time would give if the process had all its cores to itself.
 */
public final class TimedBatch {
    private TimedBatch() {
    }

    public static void main(String[] args) {
        long count = Long.parseLong(args[0]);
        LadoEngine engine = LadoEngine.builder().compileAllEditions().build();
        Function<String, Object> parse = LadoCodec::readCase;
        Function<String, Object> evaluate = line -> LadoCodec.toJsonLine(engine.evaluate(LadoCodec.readCase(line)));
        run("warm-up parse", count / 10, parse);
        run("warm-up evaluate", count / 10, evaluate);
        double parseRate = run("parse only", count, parse);
        double evaluateRate = run("parse, evaluate, write", count, evaluate);
        System.out.printf("ratio (parse only / evaluate): %.1f; workers %d; most heap in use %d MB of %d MB%n",
                parseRate / evaluateRate, LadoBatch.workers(), peak / (1 << 20),
                Runtime.getRuntime().maxMemory() / (1 << 20));
    }

    private static long peak;

    /** The CPU time the whole process has used (every thread: workers, collector, compiler), in clock ticks. */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double run(String what, long count, Function<String, Object> work) {
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        long[] failed = {0};
        long[] seen = {0};
        LadoBatch.map(BenchCases.simpleLines(2, count), work, LadoBatch.workers()).forEach(item -> {
            if (!item.ok()) {
                failed[0]++;
            }
            if (++seen[0] % 10_000 == 0) {
                Runtime rt = Runtime.getRuntime();
                peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
        double rate = count / seconds;
        System.out.printf("%-24s %,d cases in %.1f s: %,.0f a second (%d failed); CPU %.1f s, so %,.0f a second on %d"
                        + " cores of its own%n", what, count, seconds, rate, failed[0], cpuSeconds,
                count / (cpuSeconds / LadoBatch.workers()), LadoBatch.workers());
        return rate;
    }
}
