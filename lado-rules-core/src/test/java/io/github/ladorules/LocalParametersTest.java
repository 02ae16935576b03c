package io.github.ladorules;

import static io.github.ladorules.Cases.child;
import static io.github.ladorules.Cases.concern;
import static io.github.ladorules.Cases.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local parameters added with 0.2.0 (post-allegation meeting days, conclusion days, who leads across a border)
 * and the facts they work with (a suspension's date, a child placed by another authority).
 */
class LocalParametersTest {
    private static final LadoEngine ENGINE = TestEngine.ENGINE;

    private static LadoCase.Subject fosterCarer() {
        return new LadoCase.Subject("A", Role.FOSTER_CARER, Setting.FOSTERING, Engagement.FOSTER_CARER, true, true,
                true, false, 0, 0, false, true);
    }

    private static LadoCase.Subject suspendedTeacher(String suspendedOn) {
        return new LadoCase.Subject("A", Role.TEACHER, Setting.SCHOOL, Engagement.EMPLOYED, true, true, true, false,
                0, 0, false, true, suspendedOn == null ? null : LocalDate.parse(suspendedOn));
    }

    private static LadoCase placedChildCase(LadoCase.Subject adult, Boolean placedByAnotherAuthority) {
        return of("2024-03-12", List.of(adult), List.of(new LadoCase.Child("C1", 12, false, true,
                placedByAnotherAuthority)), List.of(concern("A", "PHY_ASSAULT", "C1")), null);
    }

    private static Action action(Decision d, ActionCode code) {
        return d.subject("A").orElseThrow().actions().stream().filter(a -> a.code() == code).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " in " + d.subject("A").orElseThrow().actions()));
    }

    private static List<ActionCode> codes(Decision d) {
        return d.subject("A").orElseThrow().actions().stream().map(Action::code).toList();
    }

    @Test
    void aReferralHasItsPostAllegationMeetingAndConclusionTargetTwentyEightCalendarDaysOnByDefault() {
        Decision d = ENGINE.evaluate(Cases.single("2023-12-15", "PHY_ASSAULT"));
        Action meeting = action(d, ActionCode.POST_ALLEGATION_MEETING);
        assertThat(meeting.due()).isEqualTo(LocalDate.of(2024, 1, 12)); // calendar days: Christmas is not skipped
        assertThat(meeting.rule()).isEqualTo("ACT-POST-ALLEGATION-MEETING");
        assertThat(action(d, ActionCode.LOCAL_CONCLUSION_TARGET).due()).isEqualTo(LocalDate.of(2024, 1, 12));
    }

    @Test
    void aProfileSetsTheServicesOwnDaysAndAnotherProfileSharesTheCompiledRules() {
        LadoEngine local = ENGINE.withProfile(new LocalProfile(5, 1, 3, 14, 60, CrossBorderLead.HOST_AUTHORITY));
        Decision d = local.evaluate(Cases.single("2024-03-12", "PHY_ASSAULT"));
        assertThat(action(d, ActionCode.POST_ALLEGATION_MEETING).due()).isEqualTo(LocalDate.of(2024, 3, 26));
        assertThat(action(d, ActionCode.LOCAL_CONCLUSION_TARGET).due()).isEqualTo(LocalDate.of(2024, 5, 11));
        assertThat(action(ENGINE.evaluate(Cases.single("2024-03-12", "PHY_ASSAULT")),
                ActionCode.POST_ALLEGATION_MEETING).due()).isEqualTo(LocalDate.of(2024, 4, 9));
    }

    @Test
    void aRecordedSuspensionIsConfirmedInWritingByTheNextWorkingDayUntilAugust2021() {
        // Friday 3 May 2019; Monday 6 May 2019 was the early May bank holiday.
        Decision d = ENGINE.evaluate(of("2019-05-02", List.of(suspendedTeacher("2019-05-03")),
                List.of(child("C1", 10)), List.of(concern("A", "PHY_ASSAULT", "C1")), null));
        Action confirm = action(d, ActionCode.CONFIRM_SUSPENSION_IN_WRITING);
        assertThat(confirm.due()).isEqualTo(LocalDate.of(2019, 5, 7));
        assertThat(confirm.rule()).isEqualTo("ACT-SUSPENSION-WRITTEN-CONFIRMATION-DUE");

        Decision unrecorded = ENGINE.evaluate(of("2019-05-02", List.of(suspendedTeacher(null)),
                List.of(child("C1", 10)), List.of(concern("A", "PHY_ASSAULT", "C1")), null));
        assertThat(action(unrecorded, ActionCode.CONFIRM_SUSPENSION_IN_WRITING).due()).isNull();

        Decision later = ENGINE.evaluate(of("2023-05-02", List.of(suspendedTeacher("2023-05-03")),
                List.of(child("C1", 10)), List.of(concern("A", "PHY_ASSAULT", "C1")), null));
        assertThat(codes(later)).doesNotContain(ActionCode.CONFIRM_SUSPENSION_IN_WRITING);
    }

    @Test
    void aSuspensionBeforeTheReferralIsRefusedWithoutRepeatingTheDate() {
        assertThatThrownBy(() -> ENGINE.evaluate(of("2019-05-02", List.of(suspendedTeacher("2019-04-01")),
                List.of(child("C1", 10)), List.of(concern("A", "PHY_ASSAULT", "C1")), null)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(InvalidInputException.Problem::field).containsExactly("subjects[0].suspendedOn"))
                .hasMessageNotContaining("2019-04-01");
    }

    @Test
    void aChildPlacedFromAnotherAreaHasBothDesignatedOfficersInvolvedAndTheProfileSaysWhoLeads() {
        Decision host = ENGINE.evaluate(placedChildCase(fosterCarer(), true));
        assertThat(codes(host)).contains(ActionCode.INFORM_PLACING_AUTHORITY_DESIGNATED_OFFICER)
                .doesNotContain(ActionCode.REFER_TO_PLACING_AUTHORITY_DESIGNATED_OFFICER);
        assertThat(action(host, ActionCode.INFORM_PLACING_AUTHORITY_DESIGNATED_OFFICER).rule())
                .isEqualTo("ACT-CROSS-BORDER-HOST-LEADS");

        LadoEngine placing = ENGINE.withProfile(new LocalProfile(5, 1, 3, 28, 28, CrossBorderLead.PLACING_AUTHORITY));
        Decision d = placing.evaluate(placedChildCase(fosterCarer(), true));
        assertThat(codes(d)).contains(ActionCode.REFER_TO_PLACING_AUTHORITY_DESIGNATED_OFFICER)
                .doesNotContain(ActionCode.INFORM_PLACING_AUTHORITY_DESIGNATED_OFFICER);
        assertThat(action(d, ActionCode.REFER_TO_PLACING_AUTHORITY_DESIGNATED_OFFICER).rule())
                .isEqualTo("ACT-CROSS-BORDER-PLACING-LEADS");
    }

    @Test
    void whetherAChildWasPlacedFromAnotherAreaIsAskedForAFosterCarerButNotForATeacher() {
        Decision carer = ENGINE.evaluate(placedChildCase(fosterCarer(), null));
        assertThat(carer.subject("A").orElseThrow().questions()).extracting(Question::field)
                .contains("children[0].placedByAnotherAuthority");
        Decision teacher = ENGINE.evaluate(placedChildCase(Cases.teacher("A"), null));
        assertThat(teacher.subject("A").orElseThrow().questions()).extracting(Question::field)
                .doesNotContain("children[0].placedByAnotherAuthority");
        assertThat(codes(teacher)).doesNotContain(ActionCode.INFORM_PLACING_AUTHORITY_DESIGNATED_OFFICER);
    }

    @Test
    void aProfileFileIsCheckedAgainstItsBoundsAndNamesTheParameter(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("profile.yaml");
        Files.writeString(file, "postAllegationMeetingDays: 14\ncrossBorderLead: PLACING_AUTHORITY\n");
        LocalProfile read = LocalProfile.read(file);
        assertThat(read.postAllegationMeetingDays()).isEqualTo(14);
        assertThat(read.conclusionDays()).isEqualTo(28);
        assertThat(read.crossBorderLead()).isEqualTo(CrossBorderLead.PLACING_AUTHORITY);

        Files.writeString(file, "conclusionDays: 0\n");
        assertThatThrownBy(() -> LocalProfile.read(file)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(InvalidInputException.Problem::field).containsExactly("profile.conclusionDays"));
        Files.writeString(file, "crossBorderLead: BOTH\n");
        assertThatThrownBy(() -> LocalProfile.read(file)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(InvalidInputException.Problem::field).containsExactly("profile.crossBorderLead"));
        assertThatThrownBy(() -> ENGINE.withProfile(new LocalProfile(5, 1, 3, 9999, 28,
                CrossBorderLead.HOST_AUTHORITY))).isInstanceOf(InvalidInputException.class);
    }
}
