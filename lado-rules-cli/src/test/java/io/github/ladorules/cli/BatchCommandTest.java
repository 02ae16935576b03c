package io.github.ladorules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ladorules.LadoCase;
import io.github.ladorules.LadoCodec;
import io.github.ladorules.LadoEngine;
import io.github.ladorules.OutcomeCase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evaluate --batch} and {@code outcome --batch}: one JSON line per input line, in order, errors included. */
class BatchCommandTest {
    private static final Path EXAMPLE = Path.of(CliRun.path("examples/teacher-pushed-pupil.yaml"));
    private static final Path OUTCOME = Path.of(CliRun.path("examples/outcome-malicious-pupil.yaml"));

    @TempDir
    Path dir;

    @Test
    void writesOneDecisionPerLineInInputOrderAndGoesOnPastBadLines() throws IOException {
        LadoCase example = LadoCodec.readCase(EXAMPLE);
        String good = LadoCodec.toJsonLine(example);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            lines.add(good.replace("EX-2023-0142", "B-" + i));
        }
        lines.set(10, "{\"schema\": \"lado-case/1\", \"caseRef\": \"SECRET-NAME\"");
        lines.set(20, good.replace("\"role\":\"TEACHER\"", "\"role\":\"HEADTEACHER-SECRET\""));
        lines.set(30, "");
        Path file = dir.resolve("cases.jsonl");
        Files.write(file, lines);

        CliRun run = CliRun.of("evaluate", "--batch", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        String[] out = run.out().split("\n");
        assertThat(out).hasSize(300);
        LadoEngine engine = LadoEngine.builder().build();
        for (int i = 0; i < 300; i++) {
            JsonNode line = Json.read(out[i]);
            if (i == 10 || i == 20 || i == 30) {
                assertThat(line.path("line").asInt()).isEqualTo(i + 1);
                assertThat(line.path("error").asText()).isEqualTo("invalid-input");
                assertThat(out[i]).doesNotContain("SECRET");
            } else {
                assertThat(line.path("caseRef").asText()).isEqualTo("B-" + i);
            }
        }
        assertThat(Json.read(out[20]).path("problems").get(0).path("field").asText()).isEqualTo("subjects[0].role");
        assertThat(out[0]).isEqualTo(LadoCodec.toJsonLine(engine.evaluate(LadoCodec.readCase(lines.get(0)))));
    }

    @Test
    void readsStandardInputForADash() throws IOException {
        Path file = dir.resolve("cases.jsonl");
        Files.writeString(file, LadoCodec.toJsonLine(LadoCodec.readCase(EXAMPLE)) + "\n");
        CliRun run = CliRun.withInput(Files.readString(file), "evaluate", "--batch", "-");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().split("\n")).hasSize(1);
        assertThat(run.out()).startsWith("{\"schema\":\"lado-decision/1\"");
    }

    @Test
    void classifiesOutcomesTheSameWay() throws IOException {
        OutcomeCase outcome = LadoCodec.readOutcome(OUTCOME);
        Path file = dir.resolve("outcomes.jsonl");
        Files.write(file, List.of(LadoCodec.toJsonLine(outcome), "[]", LadoCodec.toJsonLine(outcome)));
        CliRun run = CliRun.of("outcome", "--batch", file.toString());
        String[] out = run.out().split("\n");
        assertThat(out).hasSize(3);
        assertThat(out[0]).startsWith("{\"schema\":\"lado-outcome-decision/1\"").isEqualTo(out[2]);
        assertThat(Json.read(out[1]).path("line").asInt()).isEqualTo(2);
        assertThat(run.exitCode()).isEqualTo(2);
    }

    /** Reads a line of output. */
    private static final class Json {
        static JsonNode read(String line) {
            try {
                return io.github.ladorules.internal.Json.JSON.readTree(line);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
    }
}
