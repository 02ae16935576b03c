package io.github.ladorules.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bearer tokens, CORS, the bounded queue and internal errors, each on a server started for the purpose. */
class ServerGuardsTest {
    private static final String TOKEN = "s3cret-token-0123456789abcdef";

    @TempDir
    Path dir;

    @Test
    void withATokenEveryResourceButTheProbesNeedsIt() throws Exception {
        try (LadoServer server = LadoServer.start(ServerOptions.defaults().withToken(BearerToken.of(TOKEN)),
                quiet())) {
            Http http = Http.to(server);
            HttpResponse<String> none = http.get("/v1/editions");
            assertThat(none.statusCode()).isEqualTo(401);
            assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"lado-rules\"");
            assertThat(none.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(http.get("/v1/editions", "Authorization", "Bearer " + TOKEN + "x").statusCode()).isEqualTo(401);
            assertThat(http.get("/v1/editions", "Authorization", "Basic " + TOKEN).statusCode()).isEqualTo(401);
            assertThat(http.post("/v1/evaluate", "application/json", "{}").statusCode()).isEqualTo(401);
            assertThat(http.get("/openapi.json").statusCode()).isEqualTo(401);
            assertThat(http.get("/v1/editions", "Authorization", "Bearer " + TOKEN).statusCode()).isEqualTo(200);
            assertThat(http.get("/health").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aShortTokenIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BearerToken.of("short"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 16");
        assertThat(BearerToken.of(TOKEN).toString()).doesNotContain(TOKEN);
    }

    @Test
    void corsHeadersGoOnlyToAConfiguredOrigin() throws Exception {
        try (LadoServer server = LadoServer.start(ServerOptions.defaults().withCors(List.of("https://intranet.example")),
                quiet())) {
            Http http = Http.to(server);
            HttpResponse<String> allowed = http.get("/v1/editions", "Origin", "https://intranet.example");
            assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://intranet.example");
            HttpResponse<String> other = http.get("/v1/editions", "Origin", "https://elsewhere.example");
            assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        }
    }

    @Test
    void anInternalErrorIs500WithAnIncidentIdThatTheLogCarriesAndNoStackTrace() throws Exception {
        writeEdition("01-nothing.drl", """
                package lado.nothing;
                import io.github.ladorules.facts.*;

                rule "Notices a concern and concludes nothing"
                    @id("X-NOTHING") @text("Concludes nothing.") @cite("a-provision")
                when
                    Concern()
                then
                end
                """);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (LadoServer server = LadoServer.start(ServerOptions.defaults().withRules(dir.resolve("rules"), null),
                new PrintStream(log, true, StandardCharsets.UTF_8))) {
            Http http = Http.to(server);
            http.awaitReady();
            HttpResponse<String> r = http.post("/v1/evaluate", "application/json",
                    LadoServerTest.caseJson().replace("2023-05-05", "2024-01-10").replace("2023-05-04", "2024-01-09"));
            assertThat(r.statusCode()).isEqualTo(500);
            JsonNode problem = Schemas.JSON.readTree(r.body());
            String incident = problem.get("incident").asText();
            assertThat(incident).matches("[0-9a-f-]{36}");
            assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("X-NOTHING");
            String written = log.toString(StandardCharsets.UTF_8);
            assertThat(written).contains("error incident=" + incident + " type=io.github.ladorules.RulesException")
                    .contains("incident=" + incident).contains("status=500").doesNotContain("EX-2023");
        }
    }

    @Test
    void rulesThatDoNotCompileLeaveTheServiceLiveButNotReady() throws Exception {
        writeEdition("01-broken.drl", """
                package lado.broken;
                import io.github.ladorules.facts.*;

                rule "Broken"
                    @id("X-BROKEN") @text("t") @cite("a-provision")
                when
                    $c : Concern( indicator == )
                then
                end
                """);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (LadoServer server = LadoServer.start(ServerOptions.defaults().withRules(dir.resolve("rules"), null),
                new PrintStream(log, true, StandardCharsets.UTF_8))) {
            Http http = Http.to(server);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!log.toString(StandardCharsets.UTF_8).contains("not ready") && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(http.get("/health").statusCode()).isEqualTo(200);
            HttpResponse<String> ready = http.get("/ready");
            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(ready.body()).contains("could not be compiled");
            assertThat(log.toString(StandardCharsets.UTF_8)).contains("01-broken.drl:7");
        }
    }

    @Test
    void whenEveryWorkerIsBusyAndTheQueueFullARequestIs503() throws Exception {
        try (LadoServer server = LadoServer.start(ServerOptions.defaults().withLimits(64 * 1024, 1, 0), quiet())) {
            Http http = Http.to(server);
            http.awaitReady();
            // A batch whose body is still arriving holds the only worker until the body ends. A raw socket sends
            // the first chunk and keeps the request open, so the timing is the test's, not a client library's.
            byte[] line = (Responses.line(io.github.ladorules.LadoCodec.readCase(LadoServerTest.CASE)) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
                    OutputStream out = socket.getOutputStream();
                    out.write(("POST /v1/evaluate/batch HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                            + "Content-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n"
                            + "Connection: close\r\n\r\n" + Integer.toHexString(line.length) + "\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    out.write(line);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    HttpResponse<String> r = http.post("/v1/evaluate", "application/json", LadoServerTest.caseJson());
                    if (r.statusCode() != 503) {
                        // The single request reached the worker before the batch did, and the batch, finding no
                        // place, was refused at once (or was left half-sent); on a busy machine that can happen.
                        // Once the worker is free again, try again.
                        assertThat(r.statusCode()).isEqualTo(200);
                        socket.close();
                        awaitFreeWorker(http);
                        continue;
                    }
                    assertThat(r.headers().firstValue("Retry-After")).hasValue("1");
                    assertThat(Schemas.JSON.readTree(r.body()).get("title").asText()).isEqualTo("Overloaded");
                    assertThat(http.get("/health").statusCode()).as("probes are never queued").isEqualTo(200);

                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    assertThat(response).startsWith("HTTP/1.1 200").contains("\"MEETS_THRESHOLD\"");
                    assertThat(http.post("/v1/evaluate", "application/json", LadoServerTest.caseJson()).statusCode())
                            .as("the worker is free again").isEqualTo(200);
                    return;
                }
            }
            throw new AssertionError("no request was refused with 503 while a batch held the only worker");
        }
    }

    /** Waits until a single request is answered, not refused: the worker is no longer held by a batch. */
    private static void awaitFreeWorker(Http http) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (http.post("/v1/evaluate", "application/json", LadoServerTest.caseJson()).statusCode() != 200) {
            assertThat(System.nanoTime()).as("the worker is freed once a half-sent batch is dropped")
                    .isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    /** A rule base of one edition and one rule file: the smallest folder the engine loads. */
    private void writeEdition(String drlName, String drl) throws IOException {
        Path rules = dir.resolve("rules");
        Files.createDirectories(rules.resolve("editions"));
        Files.writeString(rules.resolve("editions/kcsie-x.yaml"), """
                id: kcsie-x
                title: A test edition
                version: 1.0.0
                inForceFrom: 2016-09-05
                guidance: [KCSIE 2023]
                """);
        Files.writeString(rules.resolve("documents.yaml"), """
                documents:
                  - {key: KCSIE 2023, title: t, kind: statutory-guidance, url: "https://www.gov.uk/example"}
                """);
        Files.writeString(rules.resolve("provisions.yaml"), """
                provisions:
                  a-provision: {about: a test provision, document: KCSIE 2023, paragraph: "1", checked: false}
                """);
        Files.writeString(rules.resolve(drlName), drl);
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }
}
