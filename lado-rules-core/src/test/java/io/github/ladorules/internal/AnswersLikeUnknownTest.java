package io.github.ladorules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import io.github.ladorules.facts.Child;
import io.github.ladorules.facts.Circumstances;
import io.github.ladorules.facts.Concern;
import io.github.ladorules.facts.Subject;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An answer is left untried only when every place the rules name the fact is a comparison that the answer makes come
 * out as "unknown" (null) does; any other use of the fact, or none, means every answer is tried.
 */
class AnswersLikeUnknownTest {
    private static AnswersLikeUnknown rules(String... drl) {
        return new AnswersLikeUnknown(List.of(drl));
    }

    @Test
    void noIsLikeUnknownWhenRulesOnlyAskWhetherAFactIsYes() {
        AnswersLikeUnknown a = rules("when Concern( injury == true ) then end",
                "when not Concern( injury == true, sexualContent == true ) then end");
        assertThat(a.likeUnknown("injury", BooleanNode.FALSE)).isTrue();
        assertThat(a.likeUnknown("injury", BooleanNode.TRUE)).isFalse();
    }

    @Test
    void aRuleThatAsksWhetherAFactIsNoOrUnknownTellsTheAnswersApart() {
        assertThat(rules("when Subject( hasCurrentEmployer == false ) then end")
                .likeUnknown("hasCurrentEmployer", BooleanNode.FALSE)).isFalse();
        AnswersLikeUnknown unknownAsked = rules("when Subject( hasCurrentEmployer == true ) then end",
                "when Subject( hasCurrentEmployer == null ) then end");
        assertThat(unknownAsked.likeUnknown("hasCurrentEmployer", BooleanNode.FALSE)).isFalse();
        assertThat(unknownAsked.likeUnknown("hasCurrentEmployer", BooleanNode.TRUE)).isFalse();
    }

    @Test
    void notYesIsTrueForNoAndForUnknownAlike() {
        AnswersLikeUnknown a = rules("when Subject( otherRolesWithChildren != true ) then end");
        assertThat(a.likeUnknown("otherRolesWithChildren", BooleanNode.FALSE)).isTrue();
        assertThat(a.likeUnknown("otherRolesWithChildren", BooleanNode.TRUE)).isFalse();
    }

    @Test
    void anyOtherUseOfTheFactMeansEveryAnswerIsTried() {
        assertThat(rules("when Concern( injury == true ) then end", "when $c : Concern( $i : injury ) then end")
                .likeUnknown("injury", BooleanNode.FALSE)).isFalse();
        assertThat(rules("when $c : Concern( injury == true ) then System.out.println($c.getInjury()); end")
                .likeUnknown("injury", BooleanNode.FALSE)).isFalse();
        assertThat(rules("when Concern( injury == true || injury == $other ) then end")
                .likeUnknown("injury", BooleanNode.FALSE)).isFalse();
    }

    @Test
    void aFactIsNamedOnlyAsAWholeWord() {
        // A longer name that contains the fact's, or a getter of such a name, is another fact.
        AnswersLikeUnknown a = rules("when $c : Concern( injury == true, priorInjury != null, injury_seen == $x )"
                + " then System.out.println($c.getInjuryCount()); end");
        assertThat(a.likeUnknown("injury", BooleanNode.FALSE)).isTrue();
        assertThat(rules("when Concern( injury == true, injury != $x ) then end")
                .likeUnknown("injury", BooleanNode.FALSE)).isFalse();
        assertThat(rules("when Concern( injury == true ) then end", "when Concern( isInjury == true ) then end")
                .likeUnknown("injury", BooleanNode.FALSE)).isFalse();
    }

    @Test
    void aFactNoRuleNamesHasEveryAnswerTried() {
        // A fact the rules call by another name must never be taken for one they ignore.
        assertThat(rules("when Concern( injury == true ) then end").likeUnknown("lookedAfter", BooleanNode.FALSE))
                .isFalse();
    }

    @Test
    void aConcernsFactReadOnlyByRulesForOtherIndicatorsIsLikeUnknownWhateverTheAnswer() {
        AnswersLikeUnknown physical = rules("when $c : Concern( injury == true,"
                + " indicator in (\"PHY_ASSAULT\", \"PHY_ROUGH_HANDLING\") ) then end",
                "when not Concern( indicator == \"SEX_CONTACT\", injury == true ) then end");
        assertThat(physical.likeUnknown("injury", BooleanNode.TRUE, "NEG_SUPERVISION")).isTrue();
        assertThat(physical.likeUnknown("injury", BooleanNode.TRUE, "PHY_ROUGH_HANDLING")).isFalse();
        assertThat(physical.likeUnknown("injury", BooleanNode.TRUE, "SEX_CONTACT")).isFalse();
        assertThat(physical.likeUnknown("injury", BooleanNode.TRUE)).as("not a concern's fact").isFalse();
        assertThat(physical.likeUnknown("injury", BooleanNode.FALSE, "PHY_ASSAULT")).isTrue();
    }

    @Test
    void anIndicatorLimitsOnlyAsAConditionOfItsOwnInTheSameConcernPattern() {
        String[] notALimit = {
            "when Concern( injury == true || indicator == \"PHY_ASSAULT\" ) then end",
            "when Concern( injury == true, indicator == \"PHY_ASSAULT\" || sexualContent == true ) then end",
            "when Concern( injury == true, indicator not in (\"NEG_SUPERVISION\") ) then end",
            "when Concern( indicator == \"PHY_ASSAULT\" ) Concern( injury == true ) then end",
            "when Indication( concern.injury == true, indicator == \"PHY_ASSAULT\" ) then end",
            "when Concern( indicator == \"PHY_ASSAULT\", other.injury == true ) then end",
            "when Concern( indicator == \"PHY_ASSAULT\", ( injury == true ) ) then end",
            "when MyConcern( indicator == \"PHY_ASSAULT\", injury == true ) then end"};
        for (String rule : notALimit) {
            assertThat(rules(rule).likeUnknown("injury", BooleanNode.TRUE, "NEG_SUPERVISION")).as(rule).isFalse();
        }
        assertThat(rules("when Concern( injury == true, indicator == \"PHY_ASSAULT\" ) then end",
                "when Concern( injury == true ) then end").likeUnknown("injury", BooleanNode.TRUE, "NEG_SUPERVISION"))
                .as("another rule reads it for every concern").isFalse();
    }

    @Test
    void inAPatternLimitedToOtherIndicatorsAnyConditionOnTheFactIsLikeUnknown() {
        AnswersLikeUnknown compared = rules("when Concern( indicator == \"PHY_ASSAULT\", injury == $x ) then end");
        assertThat(compared.likeUnknown("injury", BooleanNode.TRUE, "NEG_SUPERVISION")).isTrue();
        assertThat(compared.likeUnknown("injury", BooleanNode.FALSE, "PHY_ASSAULT")).isFalse();
        // Cautious: a binding is not read as a condition of its own, so it has every answer tried.
        assertThat(rules("when Concern( indicator == \"PHY_ASSAULT\", $i : injury ) then end")
                .likeUnknown("injury", BooleanNode.TRUE, "NEG_SUPERVISION")).isFalse();
    }

    @Test
    void stringsAndCommentsAreNotRead() {
        AnswersLikeUnknown a = rules("""
                // the injury is what matters: injury == false
                rule "injury" @text("an injury, or none") /* injury */
                when Concern( injury == true ) then end
                """);
        assertThat(a.likeUnknown("injury", BooleanNode.FALSE)).isTrue();
    }

    @Test
    void theFactsARuleCanSeeReadAYesOrNoFactOnlyThroughItsGetter() {
        // The rules' text is all that is read: a method on a fact that read a yes-or-no fact by another name would
        // let a rule depend on it unseen. Each public method is a getter, toString (which names no such fact) or one
        // of the date helpers here.
        Set<String> others = Set.of("toString", "incidentOnOrAfter", "incidentBefore");
        for (Class<?> type : List.of(Subject.class, Child.class, Concern.class, Circumstances.class)) {
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())) {
                    assertThat(method.getName().startsWith("get") && method.getParameterCount() == 0
                            || others.contains(method.getName())).as("%s.%s", type.getSimpleName(), method.getName())
                            .isTrue();
                }
            }
        }
    }

    @Test
    void onlyYesOrNoAnswersAreEverLeftOut() {
        assertThat(rules("when Child( ageAtIncident == null ) then end").likeUnknown("ageAtIncident", IntNode.valueOf(3)))
                .isFalse();
    }
}
