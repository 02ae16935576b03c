package io.github.ladorules.benchmarks;

import io.github.ladorules.Decision;
import io.github.ladorules.LadoCase;
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
 * What a host pays: building the engine and compiling an edition once, then each decision. Run with
 * {@code java -jar lado-rules-benchmarks/target/benchmarks.jar}; compare results as ratios within one run, since
 * machines are shared and noisy.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EvaluateBenchmark {
    private static final String CASE = """
            schema: lado-case/1
            caseRef: BENCH-1
            referralDate: 2024-02-14
            subjects:
              - {ref: A, role: TEACHER, setting: SCHOOL, engagement: EMPLOYED, worksWithChildren: true,
                 currentlyInRole: true, priorLowLevelConcerns: 1}
              - {ref: B, role: TEACHING_ASSISTANT, setting: SCHOOL, engagement: EMPLOYED, worksWithChildren: true,
                 currentlyInRole: true, priorLowLevelConcerns: 3}
            children:
              - {ref: C1, ageAtIncident: 7, disabledOrSend: true, lookedAfter: false}
            concerns:
              - {subject: A, children: [C1], indicator: PHY_ROUGH_HANDLING, context: AT_WORK, injury: false}
              - {subject: B, children: [C1], indicator: LLC_OVER_FRIENDLY, context: AT_WORK}
            """;

    /** The same case with every fact known, so no unknown fact needs to be tried both ways. */
    private static final String KNOWN_CASE = """
            schema: lado-case/1
            caseRef: BENCH-2
            referralDate: 2024-02-14
            subjects:
              - {ref: A, role: TEACHER, setting: SCHOOL, engagement: EMPLOYED, worksWithChildren: true,
                 currentlyInRole: true, regulatedActivity: true, otherRolesWithChildren: false,
                 priorLowLevelConcerns: 1, priorReferrals: 0}
              - {ref: B, role: TEACHING_ASSISTANT, setting: SCHOOL, engagement: EMPLOYED, worksWithChildren: true,
                 currentlyInRole: true, regulatedActivity: true, otherRolesWithChildren: false,
                 priorLowLevelConcerns: 3, priorReferrals: 0}
            children:
              - {ref: C1, ageAtIncident: 7, disabledOrSend: true, lookedAfter: false}
            concerns:
              - {subject: A, children: [C1], indicator: PHY_ROUGH_HANDLING, context: AT_WORK,
                 incidentDate: 2024-02-13, injury: false}
              - {subject: B, children: [C1], indicator: LLC_OVER_FRIENDLY, context: AT_WORK,
                 incidentDate: 2024-02-12, injury: false}
            circumstances: {childInImmediateDanger: false, significantHarmSuspected: false,
                            evidenceShowsCouldNotHaveHappened: false}
            """;

    private LadoEngine engine;
    private LadoCase lado;
    private LadoCase known;

    @Setup
    public void setUp() {
        engine = LadoEngine.builder().compileAllEditions().build();
        lado = LadoCodec.readCase(CASE);
        known = LadoCodec.readCase(KNOWN_CASE);
    }

    /** One decision where every fact is known: the cost without the search for questions. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Decision evaluateFullyKnown() {
        return engine.evaluate(known);
    }

    /**
     * One decision on a warm engine with a dozen unknown facts: validation, both rule steps, assembly, and the
     * case evaluated again with each unknown fact answered each way to find the questions.
     */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Decision evaluate() {
        return engine.evaluate(lado);
    }

    /** Building an engine and compiling one edition: what a host pays once at start-up. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public Decision buildEngineAndEvaluateOnce() {
        return LadoEngine.builder().build().evaluate(lado);
    }
}
