package io.github.ladorules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A policy lead who breaks a rule file is told which file and line, and nothing is evaluated with it. */
class RuleFileErrorsTest {
    private static final Path SHIPPED = Path.of(System.getProperty("lado.repository"), "rules");

    @TempDir
    Path rules;

    /** A copy of the shipped kcsie-2023 edition to break. */
    private Path copyOfCurrentEdition() throws IOException {
        Path target = rules.resolve("kcsie-2023");
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(SHIPPED.resolve("kcsie-2023"))) {
            for (Path f : files.sorted(Comparator.naturalOrder()).toList()) {
                Files.copy(f, target.resolve(f.getFileName()));
            }
        }
        Path manifest = target.resolve("edition.yaml");
        Files.writeString(manifest, Files.readString(manifest).replace("inForceFrom: 2023-09-01",
                "inForceFrom: 2016-09-05"));
        return target;
    }

    private RulesException loadAndEvaluate() {
        return catchThrowableOfType(RulesException.class, () -> LadoEngine.builder().rulesDirectory(rules).build()
                .evaluate(Cases.single("2024-01-10", "PHY_ASSAULT")));
    }

    @Test
    void aSyntaxErrorNamesTheFileAndLine() throws IOException {
        Path edition = copyOfCurrentEdition();
        Path file = edition.resolve("02-matrix-physical.drl");
        String text = Files.readString(file);
        Files.writeString(file, text.replace("    $concern : Concern( indicator == \"PHY_ASSAULT\" )",
                "    $concern : Concern( indicator == \"PHY_ASSAULT\" "));
        RulesException e = loadAndEvaluate();
        assertThat(e).isNotNull();
        assertThat(e.problems()).first().satisfies(p -> {
            assertThat(p.file()).endsWith("02-matrix-physical.drl");
            assertThat(p.line()).isBetween(14, 22);
        });
    }

    @Test
    void aRuleWithoutACitationIsRejectedAtItsLine() throws IOException {
        Path file = copyOfCurrentEdition().resolve("05-matrix-low-level.drl");
        Files.writeString(file, Files.readString(file).replace("    @cite(\"NLN threshold document, Tier 1\")\n"
                + "when\n    $concern : Concern( indicator == \"CONDUCT_OTHER\" )",
                "when\n    $concern : Concern( indicator == \"CONDUCT_OTHER\" )"));
        RulesException e = loadAndEvaluate();
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).endsWith("05-matrix-low-level.drl");
            assertThat(p.line()).isPositive();
            assertThat(p.message()).contains("A conduct or performance matter").contains("@cite");
        });
    }

    @Test
    void aCitationOfAnUndeclaredDocumentIsRejected() throws IOException {
        Path file = copyOfCurrentEdition().resolve("02-matrix-physical.drl");
        Files.writeString(file, Files.readString(file).replaceFirst("@cite\\(\"KCSIE 2023, paragraph 356\"\\)",
                "@cite(\"KCSIE 2099, paragraph 1\")"));
        RulesException e = loadAndEvaluate();
        assertThat(e.problems()).singleElement().satisfies(p ->
                assertThat(p.message()).contains("KCSIE 2099").contains("does not declare"));
    }

    @Test
    void aDuplicateRuleIdIsRejected() throws IOException {
        Path file = copyOfCurrentEdition().resolve("02-matrix-physical.drl");
        Files.writeString(file, Files.readString(file).replace("@id(\"MTX-PHY-ROUGH-HANDLING\")",
                "@id(\"MTX-PHY-ASSAULT\")"));
        RulesException e = loadAndEvaluate();
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("unique"));
    }

    @Test
    void twoRulesChoosingARouteForOneAdultIsAnInconsistencyNamedByRule() throws IOException {
        Path file = copyOfCurrentEdition().resolve("12-routes.drl");
        Files.writeString(file, Files.readString(file).replace(
                "    Recommend( $adult : subject, recommendation == Recommendation.MAY_MEET_THRESHOLD )",
                "    Recommend( $adult : subject, recommendation != Recommendation.NOT_A_LADO_MATTER )"));
        RulesException e = loadAndEvaluate();
        assertThat(e.problems()).extracting(RulesException.Problem::message)
                .anySatisfy(m -> assertThat(m).contains("ROUTE-LADO-CONSULTATION").contains("route"));
    }

    @Test
    void editionsThatLeaveAGapAreRejected() throws IOException {
        copyOfCurrentEdition();
        Path older = rules.resolve("kcsie-old");
        Files.createDirectories(older);
        Files.copy(rules.resolve("kcsie-2023/01-scope.drl"), older.resolve("01-scope.drl"));
        Files.writeString(older.resolve("edition.yaml"), """
                id: kcsie-old
                title: An older edition
                version: 1.0.0
                inForceFrom: 2010-01-01
                inForceUntil: 2015-01-01
                documents: [{key: KCSIE 2023, title: t, url: "https://example.invalid"}]
                """);
        RulesException e = catchThrowableOfType(RulesException.class,
                () -> LadoEngine.builder().rulesDirectory(rules).build());
        assertThat(e.problems()).singleElement().satisfies(p ->
                assertThat(p.message()).contains("inForceUntil 2015-01-01").contains("2016-09-05"));
    }

    @Test
    void theShippedEditionsCanBeLoadedFromTheRulesDirectory() {
        LadoEngine fromDirectory = LadoEngine.builder().rulesDirectory(SHIPPED).build();
        LadoEngine bundled = LadoEngine.builder().build();
        assertThat(fromDirectory.editions()).isEqualTo(bundled.editions());
    }
}
