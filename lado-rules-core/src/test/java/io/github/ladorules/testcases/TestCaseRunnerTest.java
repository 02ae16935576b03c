package io.github.ladorules.testcases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ladorules.ActionCode;
import io.github.ladorules.Cases;
import io.github.ladorules.Criterion;
import io.github.ladorules.LadoEngine;
import io.github.ladorules.Recommendation;
import io.github.ladorules.Route;
import io.github.ladorules.internal.Json;
import io.github.ladorules.testcases.TestCaseResult.Status;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner itself: that it passes what matches, and says clearly what does not. */
class TestCaseRunnerTest {
    /** A teacher pushed a pupil, who was bruised; referred on Friday 5 May 2023 (Monday 8 May was a bank holiday). */
    private static final String CASE = "case:\n" + Cases.minimalYaml("T-1").indent(2);
    private static final String RIGHT = """
            name: A teacher who pushed and bruised a pupil meets the threshold at tier 5
            source: KCSIE 2021 paragraph 338
            edition: kcsie-2021
            """ + CASE + """
            expect:
              recommendation: MEETS_THRESHOLD
              subjects:
                A:
                  recommendation: MEETS_THRESHOLD
                  tier: 5
                  criteria: [HARMED_CHILD, POSSIBLE_CRIMINAL_OFFENCE]
                  route: LADO_REFERRAL
                  actions: [CONSULT_POLICE, STRATEGY_DISCUSSION, INFORM_LADO, INITIAL_EVALUATION_MEETING, CONSIDER_SUSPENSION_ALTERNATIVES, POST_ALLEGATION_MEETING, LOCAL_CONCLUSION_TARGET]
                  due: {INFORM_LADO: 2023-05-09, INITIAL_EVALUATION_MEETING: 2023-05-15}
                  reasonsInclude: [MTX-PHY-ASSAULT, MOD-INJURY]
              caseActions: []
            """;

    @TempDir
    Path folder;

    private final TestCaseRunner runner = new TestCaseRunner(Corpus.engine());

    @Test
    void aCaseThatMatchesPasses() throws IOException {
        TestCaseResult result = runner.runFile(write("right.yaml", RIGHT));

        assertThat(result.differences()).isEmpty();
        assertThat(result.status()).isEqualTo(Status.PASSED);
        assertThat(result.name()).isEqualTo("A teacher who pushed and bruised a pupil meets the threshold at tier 5");
        assertThat(result.edition()).isEqualTo("kcsie-2021");
        assertThat(result.firedRules()).contains("MTX-PHY-ASSAULT", "ACT-INFORM-LADO");
    }

    @Test
    void aWrongTierIsNamedWithBothValues() throws IOException {
        TestCaseResult result = runner.runFile(write("wrong.yaml", RIGHT.replace("tier: 5", "tier: 4")));

        assertThat(result.status()).isEqualTo(Status.FAILED);
        assertThat(result.differences()).containsExactly("subjects.A.tier: expected 4, got 5");
    }

    @Test
    void aWrongSetNamesWhatIsMissingAndWhatIsUnexpected() throws IOException {
        TestCaseResult result = runner.runFile(write("wrong.yaml", RIGHT
                .replace("criteria: [HARMED_CHILD, POSSIBLE_CRIMINAL_OFFENCE]", "criteria: [HARMED_CHILD, RISK_OF_HARM_TO_CHILDREN]")
                .replace("INITIAL_EVALUATION_MEETING: 2023-05-15", "INITIAL_EVALUATION_MEETING: 2023-05-12")
                .replace("reasonsInclude: [MTX-PHY-ASSAULT,", "reasonsInclude: [MOD-DISABLED-OR-SEND,")));

        assertThat(result.differences()).containsExactly(
                "subjects.A.criteria: expected [HARMED_CHILD, RISK_OF_HARM_TO_CHILDREN], got [HARMED_CHILD, "
                        + "POSSIBLE_CRIMINAL_OFFENCE]; missing [RISK_OF_HARM_TO_CHILDREN]; unexpected [POSSIBLE_CRIMINAL_OFFENCE]",
                "subjects.A.due.INITIAL_EVALUATION_MEETING: expected 2023-05-12, got 2023-05-15",
                "subjects.A.reasonsInclude: missing [MOD-DISABLED-OR-SEND] (reasons were [CRIT-HARMED, "
                        + "CRIT-OFFENCE, MOD-INJURY, MTX-PHY-ASSAULT, REC-MEETS, "
                        + "ROUTE-LADO-REFERRAL, SCOPE-WORKS-WITH-CHILDREN])");
    }

    @Test
    void differencesComeInSubjectOrderThenCaseActions() throws IOException {
        TestCaseResult result = runner.runFile(write("wrong.yaml", RIGHT
                .replace("  caseActions: []", "  caseActions: [EMERGENCY_RESPONSE]")
                .replace("  subjects:\n    A:\n", "  subjects:\n    Z: {tier: 4}\n    B: {tier: 4}\n    A:\n")
                .replace("tier: 5", "tier: 3")));

        assertThat(result.differences()).containsExactly(
                "subjects.A.tier: expected 3, got 5",
                "subjects.B: expected a result for subject B, but the decision has only [A]",
                "subjects.Z: expected a result for subject Z, but the decision has only [A]",
                "caseActions: expected [EMERGENCY_RESPONSE], got []; missing [EMERGENCY_RESPONSE]");
    }

    @Test
    void theEditionIsCheckedAgainstTheOneTheDateSelects() throws IOException {
        TestCaseResult result = runner.runFile(write("edition.yaml", RIGHT.replace("edition: kcsie-2021",
                "edition: kcsie-2023")));

        assertThat(result.differences()).containsExactly(
                "edition: expected kcsie-2023, got kcsie-2021 (the edition in force on 2023-05-05)");
    }

    @Test
    void aPinnedCaseIsEvaluatedWithItsEditionWhateverTheDate() throws IOException {
        String pinned = RIGHT.replace("edition: kcsie-2021", "edition: kcsie-2023\npinned: true");

        TestCaseResult result = runner.runFile(write("pinned.yaml", pinned));

        assertThat(result.differences()).isEmpty();
        assertThat(result.edition()).isEqualTo("kcsie-2023");
    }

    @Test
    void anUnknownKeyIsRejectedWithTheFileAndFieldPath() throws IOException {
        Path file = write("typo.yaml", RIGHT.replace("      tier: 5", "      teir: 5"));

        assertThatThrownBy(() -> TestCaseReader.read(file))
                .isInstanceOf(InvalidTestCaseException.class)
                .hasMessageStartingWith(file + ": expect.subjects.A.teir: is not a field here; allowed fields are "
                        + "[recommendation, tier, criteria, transferableRisk, route, actions, due, reasons, "
                        + "reasonsInclude, questions]");
        TestCaseResult result = runner.runFile(file);
        assertThat(result.status()).isEqualTo(Status.INVALID);
        assertThat(result.name()).isEqualTo("typo.yaml");
    }

    @Test
    void aCaseMayStateItsOwnLocalParametersAndABadOneIsNamed() throws IOException {
        String withProfile = RIGHT.replace("edition: kcsie-2021\n",
                "edition: kcsie-2021\nprofile: {initialEvaluationMeetingWorkingDays: 3}\n");
        assertThat(runner.runFile(write("profile.yaml", withProfile)).differences())
                .containsExactly("subjects.A.due.INITIAL_EVALUATION_MEETING: expected 2023-05-15, got 2023-05-11");
        TestCaseResult bad = runner.runFile(write("bad-profile.yaml",
                RIGHT.replace("edition: kcsie-2021\n", "edition: kcsie-2021\nprofile: {conclusionDays: -1}\n")));
        assertThat(bad.status()).isEqualTo(Status.INVALID);
        assertThat(bad.differences()).singleElement().asString().startsWith("profile.conclusionDays:");
    }

    @Test
    void anUnknownKeyAtTheTopOrInTheCaseIsRejectedToo() throws IOException {
        assertThat(runner.runFile(write("top.yaml", RIGHT.replace("source:", "sauce:"))).differences())
                .contains("sauce: is not a field here; allowed fields are [name, source, edition, pinned, profile, knownGap, case, expect]",
                        "source: is required");
        assertThat(runner.runFile(write("case.yaml", RIGHT.replace("ageAtIncident: 9", "age: 9"))).differences())
                .singleElement().asString().startsWith("case.children[0].age: is not a field here");
        assertThat(runner.runFile(write("value.yaml", RIGHT.replace("route: LADO_REFERRAL", "route: LADO"))).differences())
                .singleElement().asString().startsWith("expect.subjects.A.route: is \"LADO\"; allowed values are [LADO_REFERRAL,");
        assertThat(runner.runFile(write("due.yaml", RIGHT.replace("{INFORM_LADO:", "{INFORM_THE_LADO:"))).differences())
                .singleElement().asString().startsWith("expect.subjects.A.due.INFORM_THE_LADO: is not a field here");
    }

    @Test
    void aCaseTheEngineRejectsCanBeExpected() throws IOException {
        String before = """
                name: A referral the day before the first edition is rejected
                source: KCSIE 2014 came into force on 3 April 2014
                """ + CASE.replace("2023-05-05", "2014-04-02") + """
                expect:
                  invalidInput: [referralDate]
                """;

        assertThat(runner.runFile(write("before.yaml", before)).status()).isEqualTo(Status.PASSED);
        assertThat(runner.runFile(write("after.yaml", before.replace("2014-04-02", "2014-04-03"))).differences())
                .containsExactly("invalidInput: expected the engine to reject the case naming [referralDate], but it "
                        + "was evaluated with kcsie-2014");
        assertThat(runner.runFile(write("unexpected.yaml", RIGHT.replace("2023-05-05", "2014-04-02"))).differences())
                .singleElement().asString().startsWith("case: the engine rejected it: referralDate: is before");
    }

    @Test
    void aKnownGapIsReportedWhileItDiffersAndFailsOnceItPasses() throws IOException {
        String gap = RIGHT.replace("edition: kcsie-2021", "edition: kcsie-2021\nknownGap: believed wrong");

        TestCaseResult stillWrong = runner.runFile(write("gap.yaml", gap.replace("tier: 5", "tier: 4")));
        TestCaseResult nowRight = runner.runFile(write("fixed.yaml", gap));

        assertThat(stillWrong.status()).isEqualTo(Status.KNOWN_GAP);
        assertThat(stillWrong.knownGap()).isEqualTo("believed wrong");
        assertThat(nowRight.status()).isEqualTo(Status.FAILED);
        assertThat(nowRight.differences()).singleElement().asString().startsWith("knownGap: the case now gets the answer");
    }

    @Test
    void aFolderRunsInPathOrderAndCollectsTheRulesThatFired() throws IOException {
        write("b/second.yaml", RIGHT.replace("name: A", "name: Second, a"));
        write("a/first.yaml", RIGHT.replace("name: A", "name: First, a"));
        write("c/gap.yaml", RIGHT.replace("edition: kcsie-2021", "edition: kcsie-2021\nknownGap: believed wrong")
                .replace("tier: 5", "tier: 4").replace("referralDate: 2023-05-05", "referralDate: 2023-09-05")
                .replace("kcsie-2021", "kcsie-2023"));
        write("README.md", "# not a case");

        TestRun run = runner.run(folder);

        assertThat(run.results()).extracting(r -> folder.relativize(r.file()).toString().replace('\\', '/'))
                .containsExactly("a/first.yaml", "b/second.yaml", "c/gap.yaml");
        assertThat(run.passed()).isTrue();
        assertThat(run.firedRules().keySet()).as("a known gap does not count towards coverage")
                .containsExactly("kcsie-2021");
        assertThat(run.firedRules("kcsie-2021")).contains("ROUTE-LADO-REFERRAL");
    }

    @Test
    void aRulesErrorIsAnErrorOfTheCaseThatMetIt() throws IOException {
        Path rules = io.github.ladorules.RuleBaseCopy.into(folder.resolve("rules"));
        Files.delete(rules.resolve("12-routes.drl"));
        LadoEngine withoutRoutes = LadoEngine.builder().rulesDirectory(folder.resolve("rules")).build();
        Path file = write("case.yaml", RIGHT.replace("2023-05-05", "2023-09-05").replace("edition: kcsie-2021\n", ""));

        TestCaseResult result = new TestCaseRunner(withoutRoutes).runFile(file);

        assertThat(result.status()).isEqualTo(Status.ERROR);
        assertThat(result.differences()).containsExactly("rules: kcsie-2023: no rule chose a route for subjects[0]");
    }

    /** The schema lists the values by hand; this keeps them in step with the enums they stand for. */
    @Test
    void theSchemaAllowsExactlyTheValuesOfTheEnums() throws IOException {
        JsonNode schema;
        try (InputStream in = getClass().getResourceAsStream(TestCaseReader.SCHEMA_RESOURCE)) {
            schema = Json.JSON.readTree(in);
        }
        JsonNode subject = schema.at("/$defs/subject/properties");
        assertThat(values(subject.at("/recommendation/enum"))).isEqualTo(names(Recommendation.values()));
        assertThat(values(subject.at("/criteria/items/enum"))).isEqualTo(names(Criterion.values()));
        assertThat(values(subject.at("/route/enum"))).isEqualTo(names(Route.values()));
        assertThat(values(subject.at("/actions/items/enum"))).isEqualTo(names(ActionCode.values()));
        assertThat(fieldNames(subject.at("/due/properties"))).isEqualTo(names(ActionCode.values()));
        assertThat(values(schema.at("/$defs/expect/properties/caseActions/items/enum"))).isEqualTo(names(ActionCode.values()));
    }

    private Path write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private static List<String> values(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map((Function<Enum<?>, String>) Enum::name).toList();
    }
}
