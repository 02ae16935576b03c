package io.github.ladorules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One engine shared by many threads gives every thread the same answers as a single thread does. */
class ConcurrencyTest {
    private static final List<String> INDICATORS = List.of("PHY_ASSAULT", "SEX_CONTACT", "LLC_OVER_FRIENDLY",
            "TR_DOMESTIC_ABUSE", "COMPLAINT_SERVICE", "PHY_ROUGH_HANDLING", "GROOMING_BEHAVIOUR", "NEG_SUPERVISION");
    private static final List<String> DATES = List.of("2017-05-02", "2020-10-05", "2022-01-17", "2024-06-03");

    @Test
    void oneEngineManyThreadsIdenticalDecisions() throws Exception {
        LadoEngine engine = LadoEngine.builder().build();
        List<LadoCase> cases = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (String date : DATES) {
            for (String indicator : INDICATORS) {
                LadoCase lado = Cases.single(date, indicator);
                cases.add(lado);
                expected.add(LadoCodec.toJson(engine.evaluate(lado)));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int thread = 0; thread < 8; thread++) {
                int offset = thread;
                results.add(pool.submit(() -> {
                    for (int round = 0; round < 10; round++) {
                        for (int i = 0; i < cases.size(); i++) {
                            int k = (i + offset * 5) % cases.size();
                            if (!LadoCodec.toJson(engine.evaluate(cases.get(k))).equals(expected.get(k))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get(2, TimeUnit.MINUTES)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void editionsCompiledForTheFirstTimeFromManyThreadsAtOnceAgree() throws Exception {
        LadoEngine fresh = LadoEngine.builder().build();
        LadoCase lado = Cases.single("2022-01-17", "PHY_ASSAULT");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(pool.submit(() -> LadoCodec.toJson(fresh.evaluate(lado))));
            }
            String first = results.get(0).get(2, TimeUnit.MINUTES);
            for (Future<String> r : results) {
                assertThat(r.get(2, TimeUnit.MINUTES)).isEqualTo(first);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Drools 10.2.0's MVEL path broke after some dozens of sessions once it JIT-compiled a constraint (upstream
     * issue 6711); the project pins 10.1.0. Many evaluations in one engine must keep giving the same answer.
     */
    @Test
    void manyEvaluationsInOneEngineStayCorrectAfterTheEngineWarmsUp() {
        LadoEngine engine = LadoEngine.builder().build();
        LadoCase lado = Cases.single("2024-02-01", "LLC_PHOTOS_PERSONAL_DEVICE");
        String first = LadoCodec.toJson(engine.evaluate(lado));
        for (int i = 0; i < 300; i++) {
            assertThat(LadoCodec.toJson(engine.evaluate(lado))).isEqualTo(first);
        }
    }
}
