package io.github.ladorules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ladorules.LadoCase;
import io.github.ladorules.LadoCodec;
import io.github.ladorules.LocalProfile;
import io.github.ladorules.facts.Concern;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How the question search cuts a case into adults' parts: who owns each fact, and what a part of one or several adults
 * holds. Three adults: A's concerns name K1 and K2, B's names K2 (so K2 belongs to no single adult), C's names K3.
 */
class AdultPartsTest {
    private static final LadoCase CASE = LadoCodec.readCase("""
            {"schema":"lado-case/1","caseRef":"PARTS-1","referralDate":"2024-02-14",
             "subjects":[%s,%s,%s],
             "children":[{"ref":"K1","ageAtIncident":9},{"ref":"K2","ageAtIncident":10},
                         {"ref":"K3","ageAtIncident":11}],
             "concerns":[%s,%s,%s,%s],
             "circumstances":{"childInImmediateDanger":false}}
            """.formatted(adult("A"), adult("B"), adult("C"), concern("A", "K1"), concern("B", "K2"),
            concern("A", "K2"), concern("C", "K3")));

    private static String adult(String ref) {
        return "{\"ref\":\"" + ref + "\",\"role\":\"TEACHER\",\"setting\":\"SCHOOL\",\"engagement\":\"EMPLOYED\"}";
    }

    private static String concern(String adult, String child) {
        return "{\"subject\":\"" + adult + "\",\"children\":[\"" + child + "\"],\"indicator\":\"PHY_ASSAULT\","
                + "\"context\":\"AT_WORK\",\"incidentDate\":\"2024-02-12\"}";
    }

    private final AdultParts parts = new AdultParts(CASE);

    @Test
    void anAdultsOwnFactsConcernsAndChildrenBelongToThatAdult() {
        assertThat(parts.ownerOf("subjects[1]")).isEqualTo(1);
        assertThat(parts.ownerOf("concerns[0]")).isEqualTo(0);
        assertThat(parts.ownerOf("concerns[2]")).isEqualTo(0);
        assertThat(parts.ownerOf("concerns[3]")).isEqualTo(2);
        assertThat(parts.ownerOf("children[0]")).isEqualTo(0);
        assertThat(parts.ownerOf("children[2]")).isEqualTo(2);
    }

    @Test
    void aChildNamedForTwoAdultsAndTheCircumstancesBelongToTheWholeCase() {
        assertThat(parts.ownerOf("children[1]")).isNull();
        assertThat(parts.ownerOf("circumstances")).isNull();
    }

    @Test
    void oneAdultsPartHoldsTheAdultTheirConcernsTheirChildrenAndTheCircumstances() {
        AdultParts.Part part = parts.part(List.of(0));
        assertThat(part.lado().subjects()).extracting(LadoCase.Subject::ref).containsExactly("A");
        assertThat(part.lado().concerns()).extracting(LadoCase.Concern::children)
                .containsExactly(List.of("K1"), List.of("K2"));
        assertThat(part.lado().children()).extracting(LadoCase.Child::ref).containsExactly("K1", "K2");
        assertThat(part.lado().circumstances()).isEqualTo(CASE.circumstances());
        assertThat(part.pathInPart()).isEqualTo(Map.of("subjects[0]", "subjects[0]", "concerns[0]", "concerns[0]",
                "concerns[2]", "concerns[1]", "children[0]", "children[0]", "children[1]", "children[1]"));
    }

    @Test
    void severalAdultsPartsTogetherKeepTheCasesOrderAndSayWhereEachObjectWent() {
        AdultParts.Part part = parts.part(List.of(1, 2));
        assertThat(part.adults()).containsExactly(1, 2);
        assertThat(part.lado().subjects()).extracting(LadoCase.Subject::ref).containsExactly("B", "C");
        assertThat(part.lado().concerns()).extracting(LadoCase.Concern::subject).containsExactly("B", "C");
        assertThat(part.lado().children()).extracting(LadoCase.Child::ref).containsExactly("K2", "K3");
        assertThat(part.pathInPart()).isEqualTo(Map.of("subjects[1]", "subjects[0]", "subjects[2]", "subjects[1]",
                "concerns[1]", "concerns[0]", "concerns[3]", "concerns[1]", "children[1]", "children[0]",
                "children[2]", "children[1]"));
    }

    @Test
    void aPartKnowsWhereItsAdultsAndConcernsSitInTheWholeCaseSoMessagesNameThemThere() {
        FactMapper.Positions positions = parts.part(List.of(1, 2)).positions();
        assertThat(List.of(positions.subject(0), positions.subject(1))).containsExactly(1, 2);
        assertThat(List.of(positions.concern(0), positions.concern(1))).containsExactly(1, 3);
    }

    @Test
    void oneAdultsPartIsMadeOnceAndCountsItsRecords() {
        assertThat(parts.ofAdult(0)).isSameAs(parts.ofAdult(0));
        assertThat(parts.ofAdult(0).records()).as("A, two concerns, K1 and K2").isEqualTo(5);
    }

    @Test
    void copiesOfPartsSideBySideKeepTheirOwnFactsAndTheirPlacesInTheWholeCase() {
        AdultParts.Part a = parts.ofAdult(0);
        AdultParts.Part c = parts.ofAdult(2);
        FactMapper.CaseFacts together = FactMapper.CaseFacts.sideBySide(List.of(
                FactMapper.map(a.lado(), LocalProfile.DEFAULTS, a.positions()),
                FactMapper.map(c.lado(), LocalProfile.DEFAULTS, c.positions()),
                FactMapper.map(a.lado(), LocalProfile.DEFAULTS, a.positions())));

        assertThat(together.subjects()).hasSize(3).doesNotHaveDuplicates();
        assertThat(together.subjects().get(0)).isNotSameAs(together.subjects().get(2));
        assertThat(together.concerns()).extracting(Concern::getSubject).containsExactly(together.subjects().get(0),
                together.subjects().get(0), together.subjects().get(1), together.subjects().get(2),
                together.subjects().get(2));
        assertThat(together.children()).hasSize(5);
        assertThat(together.concerns().get(3).getChildren()).doesNotContainAnyElementsOf(
                together.concerns().get(0).getChildren());
        assertThat(List.of(0, 1, 2).stream().map(together.positions()::subject).toList()).containsExactly(0, 2, 0);
        assertThat(List.of(0, 1, 2, 3, 4).stream().map(together.positions()::concern).toList())
                .containsExactly(0, 2, 3, 0, 2);
    }

    @Test
    void everyAdultsPartsTogetherAreTheCaseItself() {
        assertThat(parts.part(List.of(0, 1, 2)).lado()).isSameAs(CASE);
    }
}
