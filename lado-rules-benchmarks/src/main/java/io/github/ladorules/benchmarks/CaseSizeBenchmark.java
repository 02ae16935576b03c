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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How a decision's cost grows with the case: 1, 5, 20 and 50 entries (a concern about its own child, on up to 20
 * adults), three facts unknown per entry. Read each as a ratio to the 1-entry case in the same run. The schema allows
 * at most 50 concerns, so 50 entries is the largest valid case of this shape.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 8, time = 5)
@Measurement(iterations = 5, time = 5)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CaseSizeBenchmark {
    @Param({"1", "5", "20", "50"})
    public int entries;

    private LadoEngine engine;
    private LadoCase lado;

    @Setup
    public void setUp() {
        engine = LadoEngine.builder().compileAllEditions().build();
        lado = BenchCases.entries(entries, true);
    }

    @Benchmark
    public Decision threeUnknownsPerEntry() {
        return engine.evaluate(lado);
    }
}
