package io.github.ladorules.benchmarks;

import io.github.ladorules.Decision;
import io.github.ladorules.LadoCase;
import io.github.ladorules.LadoEngine;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decisions on a warm engine, each read as a ratio to the plain-Java baseline in the same run. Drools takes more than
 * 30 s to settle on a shared 2-core machine, so each benchmark warms up for 40 s; compare the iteration scores to see
 * that it has. Run from the repository root:
 * {@code java -jar lado-rules-benchmarks/target/benchmarks.jar DecisionRatiosBenchmark}.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 8, time = 5)
@Measurement(iterations = 5, time = 5)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DecisionRatiosBenchmark {
    private LadoEngine engine;
    private LadoCase example;
    private LadoCase exampleKnown;
    private LadoCase thirtyUnknown;
    private LadoCase thirtyKnown;
    private DroolsFloor floor;

    @Setup
    public void setUp() {
        engine = LadoEngine.builder().compileAllEditions().build();
        example = BenchCases.example();
        exampleKnown = BenchCases.exampleFullyKnown();
        thirtyUnknown = BenchCases.entries(10, true);
        thirtyKnown = BenchCases.entries(10, false);
        floor = new DroolsFloor();
    }

    /** The yardstick: tier lookup, modifiers and highest tier in plain Java, on the example. */
    @Benchmark
    public int[] plainJavaBaseline() {
        return PlainJavaBaseline.highestTiers(example);
    }

    /** The least any Drools decision costs: one rule, one fact, a pooled session. */
    @Benchmark
    public int droolsFloor() {
        return floor.decide(4);
    }

    /** The worked example as shipped (one fact unknown). */
    @Benchmark
    public Decision example() {
        return engine.evaluate(example);
    }

    /** The worked example with every fact known. */
    @Benchmark
    public Decision exampleFullyKnown() {
        return engine.evaluate(exampleKnown);
    }

    /** Ten concerns on ten adults, every fact known. */
    @Benchmark
    public Decision tenEntriesFullyKnown() {
        return engine.evaluate(thirtyKnown);
    }

    /** The same ten concerns with 30 facts unknown (three per concern). */
    @Benchmark
    public Decision tenEntriesThirtyUnknown() {
        return engine.evaluate(thirtyUnknown);
    }
}
