package io.github.ladorules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LadoBatchTest {
    private static final LadoCase EXAMPLE = LadoCodec.readCase(Path.of(System.getProperty("lado.repository", ".."))
            .resolve("examples/teacher-pushed-pupil.yaml"));

    @Test
    void evaluatesInParallelAndReturnsDecisionsInInputOrderWithFailuresInPlace() {
        LadoEngine engine = LadoEngine.builder().build();
        List<LadoCase> cases = IntStream.range(0, 500).mapToObj(i -> i % 50 == 7
                ? new LadoCase(EXAMPLE.schema(), "BAD-" + i, EXAMPLE.referralDate(), List.of(), EXAMPLE.children(),
                        EXAMPLE.concerns(), EXAMPLE.circumstances())
                : new LadoCase(EXAMPLE.schema(), "C-" + i, EXAMPLE.referralDate(), EXAMPLE.subjects(),
                        EXAMPLE.children(), EXAMPLE.concerns(), EXAMPLE.circumstances())).toList();
        List<LadoBatch.Item<Decision>> items;
        try (Stream<LadoBatch.Item<Decision>> results = LadoBatch.evaluate(engine, cases.stream())) {
            items = results.toList();
        }
        assertThat(items).hasSize(500);
        Decision one = engine.evaluate(cases.get(0));
        for (int i = 0; i < 500; i++) {
            LadoBatch.Item<Decision> item = items.get(i);
            assertThat(item.index()).isEqualTo(i);
            if (i % 50 == 7) {
                assertThat(item.error()).isInstanceOf(InvalidInputException.class);
            } else {
                assertThat(item.value().caseRef()).isEqualTo("C-" + i);
                assertThat(item.value().subjects()).isEqualTo(one.subjects());
            }
        }
    }

    @Test
    void readsTheInputsLazilyKeepingABoundedNumberInFlight() {
        AtomicInteger read = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        Stream<Integer> endless = Stream.iterate(0, i -> i + 1).peek(i -> read.incrementAndGet());
        try (Stream<LadoBatch.Item<Integer>> results = LadoBatch.map(endless, i -> {
            done.incrementAndGet();
            return i * 2;
        }, 2)) {
            List<Integer> first = results.limit(1000).map(LadoBatch.Item::value).toList();
            assertThat(first).isEqualTo(IntStream.range(0, 1000).map(i -> i * 2).boxed().toList());
        }
        // Reading runs ahead of the consumer by at most the window (64 a worker), however long the input.
        assertThat(read.get()).isLessThanOrEqualTo(1000 + 2 * 64);
    }
}
