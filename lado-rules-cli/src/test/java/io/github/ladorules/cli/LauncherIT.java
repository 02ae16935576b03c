package io.github.ladorules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ladorules.LadoCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the package step makes, run through {@code ./lado-rules} as an officer or a service manager runs it: a single
 * evaluation or outcome under any edition, and an officer's first commands, start from the class-data-sharing archive,
 * which holds every class such a run loads (picocli's too, once they are rewritten as Java 8 class files); a JVM that
 * did not write the archive goes on without it, quietly; and each command starts with the JVM options the launcher
 * gives it for how long it runs.
 */
class LauncherIT {
    private static final Path REPOSITORY = Path.of(System.getProperty("lado.repository"));
    private static final Path JAR = Path.of(System.getProperty("lado.cli.jar"));
    private static final String EXAMPLE = "examples/teacher-pushed-pupil.yaml";
    private static final String OUTCOME = "examples/outcome-malicious-pupil.yaml";

    @TempDir
    Path temp;

    /** A finished process's exit code, standard output and standard error. */
    private record Run(int exitCode, String out, String err) {
    }

    /**
     * Every edition's rules are classes of their own, and so are the outcome commands': the archive's training run
     * ({@link ArchiveTraining}) loads them all, so a run under any edition, not only the example's, starts warm.
     */
    @ParameterizedTest
    @ValueSource(strings = {"evaluate " + EXAMPLE, "evaluate --edition kcsie-2014 " + EXAMPLE,
            "evaluate --edition kcsie-2023 --json " + EXAMPLE, "evaluate -", "outcome " + OUTCOME,
            "outcome --edition kcsie-2016 " + OUTCOME})
    void aSingleRunLoadsNoClassFromTheJar(String arguments) throws Exception {
        Run run = launch(arguments);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith(arguments.startsWith("outcome") ? "OUTCOME: "
                : arguments.contains("--json") ? "{" : "MEETS THE HARM THRESHOLD");
        assertEveryClassFromTheArchive();
    }

    /** The commonest mistake in a first draft, a case missing its required fields, is answered as quickly. */
    @Test
    void aRefusedCaseLoadsNoClassFromTheJarEither() throws Exception {
        Path draft = Files.writeString(temp.resolve("draft.json"), "{\"schema\": \"lado-case/1\"}");

        Run run = launch("evaluate " + draft);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("the input was rejected", "subjects: is required");
        assertEveryClassFromTheArchive();
    }

    /** What an officer tries first, and a misspelt command, start warm too: the answer is the first thing they see. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"--help|0|Usage: lado-rules [-hV] [COMMAND]", "--version|0|lado-rules ",
            "editions|0|kcsie-2014 ", "evaluate --help|0|Usage: lado-rules evaluate ",
            "help outcome|0|Usage: lado-rules outcome ", "evalute " + EXAMPLE + "|2|''"})
    void aFirstLookLoadsNoClassFromTheJar(String arguments, int exitCode, String output) throws Exception {
        Run run = launch(arguments);

        assertThat(run.exitCode()).isEqualTo(exitCode);
        assertThat(run.out()).startsWith(output);
        if (exitCode == ExitCodes.BAD_INPUT) {
            assertThat(run.err()).contains("Did you mean: lado-rules evaluate");
        }
        assertEveryClassFromTheArchive();
    }

    /** {@code ./lado-rules ARGUMENTS} with the shipped example on standard input and the JVM's class-loading log. */
    private Run launch(String arguments) throws IOException, InterruptedException {
        return run(launcher(arguments), Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file="
                + temp.resolve("classes.log")));
    }

    /** {@code ./lado-rules} with these arguments, split at spaces. */
    private static List<String> launcher(String arguments) {
        List<String> command = new ArrayList<>(List.of(REPOSITORY.resolve("lado-rules").toString()));
        command.addAll(List.of(arguments.split(" ")));
        return command;
    }

    private void assertEveryClassFromTheArchive() throws IOException {
        List<String> loaded = Files.readAllLines(temp.resolve("classes.log"), StandardCharsets.UTF_8);
        assertThat(loaded).as("classes from the archive").anyMatch(line -> line.contains("io.github.ladorules.")
                && line.contains("source: shared objects file (top)"));
        assertThat(loaded).as("classes from the archive").anyMatch(line -> line.contains("picocli.CommandLine ")
                && line.contains("source: shared objects file (top)"));
        assertThat(loaded).as("classes read from the jar rather than the archive")
                .noneMatch(line -> line.contains("source: jar:") || line.contains("source: file:"));
    }

    @Test
    void anArchiveWrittenForAnotherJarIsIgnoredQuietly() throws Exception {
        Path otherJar = Files.copy(JAR, temp.resolve("lado-rules-cli-all.jar"));
        String archive = JAR.toString().replaceFirst("\\.jar$", ".jsa");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // The options ./lado-rules starts the JVM with, but the jar is a copy the archive does not know.
        Run run = run(List.of(java.toString(), "-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off", "-jar", otherJar.toString(), "evaluate", EXAMPLE), Map.of());
        Run launcher = run(launcher("evaluate " + EXAMPLE), Map.of());

        assertThat(Files.exists(Path.of(archive))).isTrue();
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(launcher.out()).startsWith("MEETS THE HARM THRESHOLD");
    }

    @Test
    void aBatchRunsOnTheParallelCollectorAndDecidesEveryGoodLine() throws Exception {
        String good = LadoCodec.toJsonLine(LadoCodec.readCase(REPOSITORY.resolve(EXAMPLE)));
        Path cases = Files.write(temp.resolve("cases.jsonl"), List.of(good.replace("EX-2023-0142", "L-1"),
                "{\"schema\": \"lado-case/1\"", good.replace("EX-2023-0142", "L-3")));
        Path log = temp.resolve("gc.log");
        Run run = run(launcher("evaluate --batch " + cases), Map.of("JAVA_TOOL_OPTIONS", "-Xlog:gc:file=" + log));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).contains("\"caseRef\":\"L-1\"", "\"recommendation\":\"MEETS_THRESHOLD\"");
        assertThat(lines.get(1)).startsWith("{\"line\":2,\"error\":\"invalid-input\"");
        assertThat(lines.get(2)).contains("\"caseRef\":\"L-3\"", "\"recommendation\":\"MEETS_THRESHOLD\"");
        assertThat(Files.readString(log)).contains("Using Parallel");
    }

    /**
     * Every command but {@code serve} and a batch lives a few seconds at most, and starts on the quick compiler and the
     * serial collector; {@code serve} runs for hours and keeps the JVM's defaults (G1).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"test|Using Serial", "report --help|Using Serial", "editions|Using Serial",
            "serve --help|Using G1"})
    void eachCommandStartsOnTheCollectorForHowLongItRuns(String arguments, String collector) throws Exception {
        Path log = temp.resolve("gc.log");
        Run run = run(launcher(arguments), Map.of("JAVA_TOOL_OPTIONS", "-Xlog:gc:file=" + log));

        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(log)).contains(collector);
    }

    /**
     * A long {@code test} or {@code diff} runs sooner on the JVM's defaults than on the quick options, so a user may
     * give the JVM options of their own, which are then used instead of the launcher's, and nothing may be an answer.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"''|Using G1", "-XX:+UseParallelGC -Xmx512m|Using Parallel"})
    void optionsOfTheUsersOwnReplaceTheLaunchers(String options, String collector) throws Exception {
        Path log = temp.resolve("gc.log");
        Run run = run(launcher("test"), Map.of("LADO_RULES_JAVA_OPTIONS", options,
                "JAVA_TOOL_OPTIONS", "-Xlog:gc:file=" + log));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("passed");
        assertThat(Files.readString(log)).contains(collector);
    }

    private Run run(List<String> command, Map<String, String> environment) throws IOException,
            InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).directory(REPOSITORY.toFile());
        builder.environment().putAll(environment);
        Path out = temp.resolve("out.txt");
        Path err = temp.resolve("err.txt");
        Process process = builder.redirectInput(REPOSITORY.resolve(EXAMPLE).toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished within two minutes").isTrue();
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }
}
