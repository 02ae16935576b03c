package io.github.ladorules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Many threads share one engine over a long mixed run: valid cases, invalid ones and cases with many unknown facts.
 * Every result must equal the one computed sequentially first, and the heap after a full collection must stay flat.
 * Not run by {@code mvn verify} (tagged {@code soak}); run it on demand, as the README says:
 * {@code mvn -B -pl lado-rules-core test -Dtest=SoakTest -Dlado.excludedGroups=none -Dlado.fuzz.skip=true
 * -Dsoak.threads=8 -Dsoak.iterations=100000}.
 */
@Tag("soak")
class SoakTest {
    private static final int THREADS = Integer.getInteger("soak.threads", 8);
    private static final int ITERATIONS = Integer.getInteger("soak.iterations", 100_000);
    private static final long ALLOWED_HEAP_GROWTH = 32L << 20;

    @Test
    void manyThreadsGetTheSequentialResultsAndTheHeapStaysFlat() throws Exception {
        LadoEngine engine = LadoEngine.builder().compileAllEditions().build();
        List<byte[]> inputs = inputs();
        List<String> expected = new ArrayList<>();
        for (byte[] input : inputs) {
            expected.add(outcome(engine, input));
        }
        long invalid = expected.stream().filter(e -> e.startsWith("invalid")).count();
        assertThat(invalid).as("the mix has invalid inputs").isGreaterThan(10);
        assertThat(inputs.size() - invalid).as("and valid ones").isGreaterThan(100);

        long heapBefore = heapAfterGc();
        AtomicLong done = new AtomicLong();
        List<Long> heapDuring = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long start = System.nanoTime();
        List<Future<Long>> mismatches = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int seed = t;
            mismatches.add(pool.submit(() -> {
                long wrong = 0;
                for (int i = 0; i < ITERATIONS; i++) {
                    int pick = Math.floorMod(seed * 7919 + i * 104_729, inputs.size());
                    if (!outcome(engine, inputs.get(pick)).equals(expected.get(pick))) {
                        wrong++;
                    }
                    done.incrementAndGet();
                }
                return wrong;
            }));
        }
        pool.shutdown();
        long total = (long) THREADS * ITERATIONS;
        while (!pool.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS)) {
            heapDuring.add(heapAfterGc());
            System.out.printf("soak: %d of %d evaluated, heap after GC %d MB%n", done.get(), total,
                    heapDuring.get(heapDuring.size() - 1) >> 20);
        }
        long wrong = 0;
        for (Future<Long> f : mismatches) {
            wrong += f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long heapAfter = heapAfterGc();
        System.out.printf("soak: %d threads x %d = %d evaluations (%d distinct inputs, %d invalid) in %.0f s,"
                        + " %.0f a second; %d differed from the sequential result; heap after GC %d MB before,"
                        + " %d MB after, at most %d MB during%n", THREADS, ITERATIONS, total, inputs.size(), invalid,
                seconds, total / seconds, wrong, heapBefore >> 20, heapAfter >> 20,
                heapDuring.stream().mapToLong(Long::longValue).max().orElse(heapAfter) >> 20);

        assertThat(wrong).isZero();
        assertThat(heapAfter).isLessThan(heapBefore + ALLOWED_HEAP_GROWTH);
    }

    /** The decision as JSON, or the refusal's fields and messages: what a host would see. */
    private static String outcome(LadoEngine engine, byte[] input) {
        try {
            return LadoCodec.toJson(engine.evaluate(LadoCodec.readCase(input)));
        } catch (InvalidInputException e) {
            return "invalid " + e.problems();
        }
    }

    /**
     * The fuzz corpus (every shipped test case's case), each also cut short (mostly invalid) and with its known
     * facts removed (many unknowns), plus a few larger cases with every fact unknown.
     */
    private static List<byte[]> inputs() throws IOException, URISyntaxException {
        Path corpus = Path.of(SoakTest.class.getResource("CaseFuzzTestInputs/readAndEvaluate").toURI());
        List<byte[]> inputs = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path file : files.sorted().toList()) {
                String text = Files.readString(file);
                inputs.add(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                inputs.add(text.substring(0, text.length() / 2).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                inputs.add(text.replaceAll("(?m)(injury|worksWithChildren|regulatedActivity|lookedAfter"
                        + "|disabledOrSend|significantHarmSuspected|childInImmediateDanger): (true|false)", "$1: null")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        for (int n = 1; n <= 4; n++) {
            inputs.add(LadoCodec.toJson(InputLimitsTest.caseWith(n, n * 2, n * 2))
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return inputs;
    }

    private static long heapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        memory.gc();
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }
}
