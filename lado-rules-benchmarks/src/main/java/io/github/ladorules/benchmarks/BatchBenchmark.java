package io.github.ladorules.benchmarks;

import io.github.ladorules.LadoBatch;
import io.github.ladorules.LadoCodec;
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
 * A batch of 100,000 generated simple cases (JSON lines) on every core, as {@code --batch} runs them: parsed,
 * evaluated and written as JSON. The baseline is the same lines parsed alone, through the same ordered window.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = "-Xmx512m")
@Warmup(iterations = 3)
@Measurement(iterations = 3)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BatchBenchmark {
    static final int CASES = 100_000;
    private LadoEngine engine;

    @Setup
    public void setUp() {
        engine = LadoEngine.builder().compileAllEditions().build();
    }

    @Benchmark
    public long parseOnlyBaseline() {
        return LadoBatch.map(BenchCases.simpleLines(1, CASES), LadoCodec::readCase, LadoBatch.workers())
                .filter(LadoBatch.Item::ok).count();
    }

    @Benchmark
    public long evaluateBatch() {
        return LadoBatch.map(BenchCases.simpleLines(1, CASES),
                        line -> LadoCodec.toJsonLine(engine.evaluate(LadoCodec.readCase(line))), LadoBatch.workers())
                .filter(LadoBatch.Item::ok).count();
    }
}
