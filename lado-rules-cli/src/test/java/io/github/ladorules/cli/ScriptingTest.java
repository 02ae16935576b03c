package io.github.ladorules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The CLI in scripts: '-' for standard input, --json on every command with a result, completion, help examples. */
class ScriptingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path CASE = CliRun.REPOSITORY.resolve("examples/teacher-pushed-pupil.yaml");
    private static final Path OUTCOME = CliRun.REPOSITORY.resolve("examples/outcome-malicious-pupil.yaml");

    @TempDir
    Path dir;

    static CliRun withStdin(String input, String... args) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return CliRun.of(args);
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void aDashReadsTheCaseFromStandardInput() throws Exception {
        CliRun fromFile = CliRun.of("evaluate", "--json", CASE.toString());
        CliRun fromStdin = withStdin(Files.readString(CASE), "evaluate", "--json", "-");
        assertThat(fromStdin.exitCode()).isZero();
        assertThat(fromStdin.out()).isEqualTo(fromFile.out());
        JsonNode d = JSON.readTree(fromStdin.out());
        assertThat(d.get("recommendation").asText()).isEqualTo("MEETS_THRESHOLD");
        assertThat(d.at("/subjects/0/route").asText()).isEqualTo("LADO_REFERRAL");
    }

    @Test
    void aDashWorksForOutcomesDiffsAndTestCases() throws Exception {
        CliRun outcome = withStdin(Files.readString(OUTCOME), "outcome", "--json", "-");
        assertThat(outcome.exitCode()).isZero();
        assertThat(JSON.readTree(outcome.out()).get("outcome").asText()).isEqualTo("MALICIOUS");

        String privateLife = Files.readString(CASE).replace("PHY_ASSAULT", "TR_DOMESTIC_ABUSE")
                .replace("context: AT_WORK", "context: OUTSIDE_WORK").replace("children: [C1]", "children: []");
        CliRun diff = withStdin(privateLife, "diff", "--json", "--from", "kcsie-2016", "--to", "kcsie-2021", "-");
        assertThat(diff.exitCode()).isZero();
        JsonNode report = JSON.readTree(diff.out());
        assertThat(report.get("cases").asInt()).isEqualTo(1);
        assertThat(report.at("/changed/0/changes").toString()).contains("recommendation");

        Path shipped = CliRun.REPOSITORY.resolve("test-cases/kcsie-2016/boundaries/domestic-abuse-2020-08-31.yaml");
        CliRun test = withStdin(Files.readString(shipped), "test", "--json", "-");
        assertThat(test.exitCode()).isZero();
        JsonNode summary = JSON.readTree(test.out());
        assertThat(summary.get("passed").asInt()).isEqualTo(1);
        assertThat(summary.get("failed").asInt()).isZero();
    }

    @Test
    void everyCommandWithAResultPrintsJson() throws Exception {
        JsonNode editions = JSON.readTree(CliRun.of("editions", "--json").out()).get("editions");
        assertThat(editions.size()).isEqualTo(6);
        assertThat(editions.get(5).get("id").asText()).isEqualTo("kcsie-2023");

        JsonNode lint = JSON.readTree(CliRun.of("lint", "--json").out());
        assertThat(lint.get("editions").asInt()).isEqualTo(6);
        assertThat(lint.get("rules").asInt()).isPositive();

        JsonNode book = JSON.readTree(CliRun.of("book", "--json", "--edition", "kcsie-2023").out());
        assertThat(book.at("/editions/0/edition/id").asText()).isEqualTo("kcsie-2023");
        assertThat(book.at("/editions/0/rules").toString()).contains("MTX-PHY-ASSAULT");
    }

    @Test
    void completionIsGeneratedFromTheCommands() {
        CliRun run = CliRun.of("completion");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("complete -F").contains("evaluate").contains("serve").contains("--json");
    }

    @Test
    void everyCommandsHelpHasExamples() {
        CommandLine root = LadoRulesCommand.commandLine();
        List<String> missing = root.getSubcommands().entrySet().stream()
                .filter(e -> !e.getKey().equals("help"))
                .filter(e -> !e.getValue().getUsageMessage().contains("Examples:"))
                .map(java.util.Map.Entry::getKey).toList();
        assertThat(missing).isEmpty();
        assertThat(root.getUsageMessage()).contains("Examples:");
    }

    @Test
    void optionsAppearOnlyWhereTheyDoSomething() {
        assertThat(CliRun.of("editions", "--profile", "p.yaml").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("outcome", "--profile", "p.yaml", OUTCOME.toString()).exitCode()).isEqualTo(2);
        assertThat(CliRun.of("lint", "--profile", "p.yaml").exitCode()).isEqualTo(2);
    }

    @Test
    void serveRefusesAShortTokenBeforeListening() throws Exception {
        Path token = dir.resolve("token");
        Files.writeString(token, "short");
        CliRun run = CliRun.of("serve", "--port", "0", "--token-file", token.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--token-file").contains("at least 16");
        assertThat(run.out()).doesNotContain("listening");
    }
}
