package io.github.ladorules.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ladorules.LadoCodec;
import io.github.ladorules.LadoEngine;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A bounded load test on the loopback address: two client threads send {@code lado.load.requests} (10,000) requests
 * each, every answer is checked byte for byte, and the throughput is compared with the same two threads calling the
 * engine in-process. The figures are printed and written to {@code target/load-test.txt}; the README quotes them.
 * It stops by itself after five minutes whatever the count.
 */
class LoadTest {
    private static final int THREADS = 2;
    private static final int REQUESTS = Integer.getInteger("lado.load.requests", 10_000);
    private static final int IN_PROCESS = Math.max(1_000, REQUESTS / 4);
    private static final Duration LIMIT = Duration.ofMinutes(5);

    @Test
    void everyAnswerUnderLoadIsCorrectAndTheHttpCostIsMeasured() throws Exception {
        String body = LadoServerTest.caseJson();
        LadoEngine engine = LadoEngine.builder().compileAllEditions().build();
        String expected = LadoCodec.toJson(engine.evaluate(LadoCodec.readCase(body, LadoCodec.Format.JSON)));

        Call inProcess = () -> LadoCodec.toJson(engine.evaluate(LadoCodec.readCase(body, LadoCodec.Format.JSON)))
                .equals(expected);

        try (LadoServer server = LadoServer.start(ServerOptions.defaults().withLimits(64 * 1024, THREADS, 16),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
            Http http = Http.to(server);
            http.awaitReady();
            HttpRequest request = http.request("/v1/evaluate").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            Call overHttp = () -> {
                HttpResponse<String> r = http.send(request);
                return r.statusCode() == 200 && r.body().equals(expected);
            };
            warmUp(inProcess);
            warmUp(overHttp);
            // Shared machines are noisy: alternate the two in rounds so both see the same background load.
            Tally remote = new Tally();
            Tally local = new Tally();
            long deadline = System.nanoTime() + LIMIT.toNanos();
            for (int round = 0; round < ROUNDS; round++) {
                local.add(run(IN_PROCESS / ROUNDS, inProcess, deadline));
                remote.add(run(REQUESTS / ROUNDS, overHttp, deadline));
            }
            assertThat(remote.requests).as("requests finished within " + LIMIT).isEqualTo(THREADS * REQUESTS);
            double ratio = remote.rate() / local.rate();
            String report = String.format("load test: %d threads x %d requests over HTTP on 127.0.0.1: %.0f decisions/s;"
                            + " in-process, same threads, interleaved (%d x %d): %.0f decisions/s;"
                            + " HTTP/in-process ratio %.2f%n",
                    THREADS, REQUESTS, remote.rate(), THREADS, IN_PROCESS, local.rate(), ratio);
            System.out.print(report);
            Files.writeString(Path.of("target", "load-test.txt"), report);
            // HTTP adds parsing, copying and a loopback round trip to each decision and never removes work, so a
            // ratio well over 1 would mean one of the two measurements is wrong.
            assertThat(ratio).isGreaterThan(0.0).isLessThan(2.0);
        }
    }

    private static final int ROUNDS = 5;

    /** Requests and seconds summed over rounds. */
    private static final class Tally {
        long requests;
        double seconds;

        void add(double[] run) {
            requests += (long) run[0];
            seconds += run[1];
        }

        double rate() {
            return requests / seconds;
        }
    }

    /** {requests, seconds} for {@code perThread} calls on each of two threads; every call must answer correctly. */
    private static double[] run(int perThread, Call call, long deadline) throws Exception {
        AtomicInteger wrong = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long start = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < perThread && System.nanoTime() < deadline; i++) {
                        if (!call.correct()) {
                            wrong.incrementAndGet();
                        }
                        done.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(wrong.get()).as("wrong answers").isZero();
        return new double[] {done.get(), seconds};
    }

    private static void warmUp(Call call) throws Exception {
        for (int i = 0; i < 300; i++) {
            assertThat(call.correct()).isTrue();
        }
    }

    @FunctionalInterface
    private interface Call {
        boolean correct() throws Exception;
    }
}
