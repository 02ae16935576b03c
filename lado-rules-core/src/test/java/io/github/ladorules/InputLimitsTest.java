package io.github.ladorules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The limits on input are stated in the schema and enforced: too much input is refused as bad input naming the
 * field, while reading where it can be, and never runs the engine out of time or memory.
 */
class InputLimitsTest {
    private static final String CASE = Cases.minimalYaml("LIM-1");

    @TempDir
    Path dir;

    @Test
    void anEndlessFileIsRefusedAtTheSizeLimitWhileReading() {
        Path zeros = Path.of("/dev/zero");
        if (!Files.exists(zeros)) {
            return;
        }
        InvalidInputException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> catchThrowableOfType(InvalidInputException.class, () -> LadoCodec.readCase(zeros)));
        assertThat(e).hasMessage("/dev/zero is larger than 1048576 bytes (1 MiB), the most an input may be; nothing"
                + " was read past that");
    }

    @Test
    void aFileOneByteOverTheLimitIsRefusedAndOneAtTheLimitIsRead() throws IOException {
        String padded = CASE + "#".repeat(LadoCodec.MAX_INPUT_BYTES - CASE.length() - 1) + "\n";
        Path atLimit = Files.writeString(dir.resolve("at.yaml"), padded);
        assertThat(Files.size(atLimit)).isEqualTo(LadoCodec.MAX_INPUT_BYTES);
        assertThat(LadoCodec.readCase(atLimit).caseRef()).isEqualTo("LIM-1");

        Path over = Files.writeString(dir.resolve("over.yaml"), padded + "\n");
        assertThatThrownBy(() -> LadoCodec.readCase(over)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("is larger than 1048576 bytes");
    }

    @Test
    void moreAdultsChildrenOrConcernsThanTheSchemaAllowsAreBadInputNamingTheList() {
        assertThat(fields(caseWith(21, 1, 21))).containsExactly("subjects");
        assertThat(fields(caseWith(1, 51, 1))).containsExactly("children", "concerns[0].children");
        assertThat(fields(caseWith(1, 1, 51))).containsExactly("concerns");
        assertThatThrownBy(() -> TestEngine.ENGINE.evaluate(caseWith(10_000, 1, 10_000)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("concerns: must have at most 50 items but found 10,000; subjects: must have at most 20"
                        + " items but found 10,000");
    }

    @Test
    void theLargestCaseTheSchemaAllowsWithEveryFactUnknownIsEvaluatedNotMistakenForALoopingRule() {
        LadoCase largest = caseWith(20, 50, 50);
        Decision decision = TestEngine.ENGINE.evaluate(largest);

        assertThat(decision.subjects()).hasSize(20);
        // Every adult's only concern at the limit is rough handling with every fact unknown: may meet, and ask.
        assertThat(decision.subjects()).allSatisfy(s -> {
            assertThat(s.recommendation()).isEqualTo(Recommendation.MAY_MEET_THRESHOLD);
            assertThat(s.route()).isEqualTo(Route.LADO_CONSULTATION);
            assertThat(s.questions()).extracting(Question::field).isNotEmpty();
        });
    }

    @Test
    void aCountTooLargeForTheModelIsRefusedOnItsFieldNotWithJacksonsClassChain() {
        String huge = CASE.replace("currentlyInRole: true}", "currentlyInRole: true, priorLowLevelConcerns: 2147483648}");
        assertThatThrownBy(() -> LadoCodec.readCase(huge)).isInstanceOf(InvalidInputException.class)
                .hasMessage("subjects[0].priorLowLevelConcerns: must have a maximum value of 999");
    }

    @Test
    void aDateTheCalendarCannotHandleIsRefusedOnItsFieldInAFileAndInCode() {
        assertThatThrownBy(() -> LadoCodec.readCase(CASE.replace("2023-05-05", "9999-12-31")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("referralDate: is not a real date as yyyy-mm-dd in the years 1900 to 2199");
        LadoCase inCode = Cases.single("2023-05-05", "PHY_ASSAULT");
        LadoCase farFuture = new LadoCase(inCode.schema(), inCode.caseRef(), LocalDate.of(9999, 12, 31),
                inCode.subjects(), inCode.children(), inCode.concerns(), inCode.circumstances());
        assertThatThrownBy(() -> TestEngine.ENGINE.evaluate(farFuture)).isInstanceOf(InvalidInputException.class)
                .hasMessage("referralDate: is not a real date as yyyy-mm-dd in the years 1900 to 2199");
        assertThat(TestEngine.ENGINE.evaluate(new LadoCase(inCode.schema(), inCode.caseRef(),
                LocalDate.of(2199, 12, 31), inCode.subjects(), inCode.children(), inCode.concerns(),
                inCode.circumstances())).subjects().get(0).actions()).extracting(Action::due).anySatisfy(due ->
                assertThat(due).isAfter(LocalDate.of(2199, 12, 31)));
    }

    @Test
    void aProfileOutsideItsBoundsIsBadInputNamingTheParameter() throws IOException {
        Path negative = Files.writeString(dir.resolve("negative.yaml"), "informLadoWorkingDays: -5\n");
        assertThatThrownBy(() -> LocalProfile.read(negative)).isInstanceOf(InvalidInputException.class)
                .hasMessage("profile.informLadoWorkingDays: must have a minimum value of 1");
        Path huge = Files.writeString(dir.resolve("huge.yaml"), "initialEvaluationMeetingWorkingDays: 2147483647\n");
        assertThatThrownBy(() -> LocalProfile.read(huge)).isInstanceOf(InvalidInputException.class)
                .hasMessage("profile.initialEvaluationMeetingWorkingDays: must have a maximum value of 30");
        assertThatThrownBy(() -> LadoEngine.builder().profile(new LocalProfile(Integer.MAX_VALUE, 1, 3)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("profile.initialEvaluationMeetingWorkingDays: must have a maximum value of 30");
        Path words = Files.writeString(dir.resolve("words.yaml"), "lowLevelConcernPatternThreshold: three\n");
        assertThatThrownBy(() -> LocalProfile.read(words)).isInstanceOf(InvalidInputException.class)
                .hasMessage("profile.lowLevelConcernPatternThreshold: string found, integer expected");
        Path bounds = Files.writeString(dir.resolve("bounds.yaml"), "initialEvaluationMeetingWorkingDays: 30\n");
        assertThat(LocalProfile.read(bounds)).isEqualTo(new LocalProfile(30, 1, 3));
    }

    @Test
    void anEvaluationPastItsDeadlineStopsWithATypedErrorSoonAfter() {
        LadoEngine hurried = LadoEngine.builder().deadline(Duration.ofMillis(50)).build();
        hurried.rules("kcsie-2023"); // compiling an edition on first use is not counted against the deadline
        LadoCase slow = caseWith(20, 50, 50);
        DeadlineExceededException cold = catchThrowableOfType(DeadlineExceededException.class,
                () -> hurried.evaluate(slow));
        assertThat(cold).hasMessage("the evaluation took longer than 50 ms and was stopped; nothing was decided");
        assertThat(cold.deadline()).isEqualTo(Duration.ofMillis(50));

        // Once the JVM is warm: the whole evaluation takes seconds, but it stops within one trial of its deadline.
        long start = System.nanoTime();
        assertThat(catchThrowableOfType(DeadlineExceededException.class, () -> hurried.evaluate(slow))).isNotNull();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aDeadlineMustBePositive() {
        assertThatThrownBy(() -> LadoEngine.builder().deadline(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> fields(LadoCase lado) {
        return catchThrowableOfType(InvalidInputException.class, () -> TestEngine.ENGINE.evaluate(lado)).problems()
                .stream().map(InvalidInputException.Problem::field).toList();
    }

    /** Adults, children and concerns with every nullable fact unknown; concern i is about adult i mod adults. */
    static LadoCase caseWith(int adults, int children, int concerns) {
        List<LadoCase.Subject> subjects = new ArrayList<>();
        for (int i = 0; i < adults; i++) {
            subjects.add(new LadoCase.Subject("A" + i, Role.TEACHER, Setting.SCHOOL, Engagement.EMPLOYED, null, null,
                    null, null, null, null));
        }
        List<LadoCase.Child> kids = new ArrayList<>();
        List<String> refs = new ArrayList<>();
        for (int i = 0; i < children; i++) {
            kids.add(new LadoCase.Child("C" + i, null, null, null));
            refs.add("C" + i);
        }
        List<LadoCase.Concern> list = new ArrayList<>();
        for (int i = 0; i < concerns; i++) {
            list.add(new LadoCase.Concern("A" + (i % adults), refs, "PHY_ROUGH_HANDLING", ConcernContext.AT_WORK,
                    null, null));
        }
        return new LadoCase(LadoCase.SCHEMA, "LIM-2", LocalDate.of(2023, 5, 5), subjects, kids, list, null);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
