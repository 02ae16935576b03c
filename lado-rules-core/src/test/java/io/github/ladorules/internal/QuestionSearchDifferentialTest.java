package io.github.ladorules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ladorules.Decision;
import io.github.ladorules.EditionInfo;
import io.github.ladorules.LadoCase;
import io.github.ladorules.LadoCodec;
import io.github.ladorules.LadoEngine;
import io.github.ladorules.LocalProfile;
import io.github.ladorules.RuleBaseCopy;
import io.github.ladorules.internal.calendar.WorkingDayCalendar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * The search for questions the engine uses ({@link QuestionFinder}, in pooled sessions, judging each trial by an
 * outline of its result, and telling the rules which adults could meet the threshold in a run of those adults' parts)
 * gives decisions identical to the exhaustive search it replaced ({@link ExhaustiveQuestionFinder}, in a new session
 * for every run, judging each trial by its full result, and telling the rules in a run of the whole case), on every
 * case under {@code test-cases/} and on generated cases with many unknown facts and adults who share children. Equal
 * decisions mean equal questions, "may meet" answers that follow from them, and everything else. Failures print the
 * generated case (it is fictional).
 */
class QuestionSearchDifferentialTest {
    /**
     * Valid generated cases compared in every build. The exhaustive search costs about 25 ms a case here, so the build
     * compares 2,000 (one to three minutes on two shared cores); the README gives the command for the 10,000-case run
     * ({@code -Dlado.differential.cases=10000}), which is run before a release.
     */
    private static final int GENERATED = Integer.getInteger("lado.differential.cases", 2_000);
    private static final long SEED = Long.getLong("lado.differential.seed", 20261127L);

    private final EditionCatalogue catalogue = EditionCatalogue.load(CorpusCases.repository().resolve("rules"));
    private final Evaluator fast = evaluator(QuestionFinder::find, new SessionPools()::open, false);
    private final Evaluator oracle = evaluator(ExhaustiveQuestionFinder::find, KieBase::newKieSession, true);

    private Evaluator evaluator(QuestionSearch search, Function<KieBase, KieSession> sessions, boolean asBefore) {
        return new Evaluator(catalogue, LocalProfile.DEFAULTS, WorkingDayCalendar.englandAndWales(),
                LadoEngine.ENGINE_VERSION, Duration.ofMinutes(5), search, sessions, asBefore);
    }

    @Test
    void sameDecisionsOnEveryTestCase() {
        List<CorpusCases.Evaluable> cases = CorpusCases.all(catalogue);
        cases.parallelStream().forEach(c -> {
            assertThat(outcome(fast, c.lado(), c.edition())).as("%s", c.file())
                    .isEqualTo(outcome(oracle, c.lado(), c.edition()));
        });
        assertThat(cases).hasSizeGreaterThanOrEqualTo(120);
    }

    @Test
    void sameDecisionsOnGeneratedCasesWithManyUnknownFacts() {
        List<LadoCase> cases = GeneratedCases.acrossEditions(SEED, catalogue).valid(GENERATED, 3, 5);
        AtomicInteger questions = new AtomicInteger();
        cases.parallelStream().forEach(lado -> {
            EditionInfo edition = catalogue.inForceOn(lado.referralDate());
            Object expected = outcome(oracle, lado, edition);
            assertThat(outcome(fast, lado, edition)).as("%s", LadoCodec.toJson(lado)).isEqualTo(expected);
            if (expected instanceof Decision d) {
                questions.addAndGet(d.subjects().stream().mapToInt(s -> s.questions().size()).sum());
            }
        });
        // The comparison means something only if the cases raise questions: many, on many adults.
        assertThat(questions.get()).isGreaterThan(GENERATED / 2);
    }

    /**
     * The shipped rules never let "could meet" change the actions for the whole case (those count adults who meet the
     * threshold, and "could meet" gives "may meet"), but a policy lead may write a rule that does. With such a rule,
     * the decisions are still the same, so the run that tells the rules which adults could meet works the actions for
     * the whole case out again rather than keeping those of the known facts.
     */
    @Test
    void sameDecisionsWhenTheActionsForTheWholeCaseCountAdultsWhoMayMeet(@TempDir Path rules) throws IOException {
        Files.writeString(RuleBaseCopy.into(rules).resolve("99-may-meet-strategy.drl"), """
                package lado.rules;
                import io.github.ladorules.facts.*;
                import io.github.ladorules.ActionCode;
                import io.github.ladorules.Recommendation;

                rule "A strategy meeting whenever an adult may meet the threshold"
                    @id("TEST-MAY-MEET-STRATEGY") @text("t") @cite("complex-abuse-practice")
                when
                    exists Recommend( recommendation == Recommendation.MAY_MEET_THRESHOLD )
                then
                    insert( new Act( kcontext, ActionCode.COMPLEX_ABUSE_STRATEGY_MEETING ) );
                end
                """);
        EditionCatalogue edited = EditionCatalogue.load(rules);
        Evaluator editedFast = new Evaluator(edited, LocalProfile.DEFAULTS, WorkingDayCalendar.englandAndWales(),
                LadoEngine.ENGINE_VERSION, Duration.ofMinutes(5));
        Evaluator editedOracle = new Evaluator(edited, LocalProfile.DEFAULTS, WorkingDayCalendar.englandAndWales(),
                LadoEngine.ENGINE_VERSION, Duration.ofMinutes(5), ExhaustiveQuestionFinder::find,
                KieBase::newKieSession, true);
        List<LadoCase> cases = GeneratedCases.acrossEditions(SEED, edited).valid(GENERATED / 4, 3, 5);
        AtomicInteger couldMeet = new AtomicInteger();
        cases.parallelStream().forEach(lado -> {
            EditionInfo edition = edited.inForceOn(lado.referralDate());
            Object expected = outcome(editedOracle, lado, edition);
            assertThat(outcome(editedFast, lado, edition)).as("%s", LadoCodec.toJson(lado)).isEqualTo(expected);
            if (expected instanceof Decision d && d.subjects().stream().anyMatch(s -> s.reasons().stream()
                    .anyMatch(r -> r.rule().equals("REC-UNKNOWN-COULD-MEET")))) {
                couldMeet.incrementAndGet();
            }
        });
        // The comparison means something only if many cases have an adult who could meet.
        assertThat(couldMeet.get()).isGreaterThan(GENERATED / 40);
    }

    /** The decision, or the class and message of what was thrown, so failures are compared too. */
    private static Object outcome(Evaluator evaluator, LadoCase lado, EditionInfo edition) {
        try {
            return evaluator.evaluate(lado, edition);
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }
}
