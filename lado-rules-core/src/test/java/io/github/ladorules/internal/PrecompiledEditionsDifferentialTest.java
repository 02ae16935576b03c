package io.github.ladorules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ladorules.EditionInfo;
import io.github.ladorules.RuleInfo;
import io.github.ladorules.Employment;
import io.github.ladorules.Evidence;
import io.github.ladorules.InvalidInputException;
import io.github.ladorules.LadoCase;
import io.github.ladorules.LadoCodec;
import io.github.ladorules.LadoEngine;
import io.github.ladorules.LocalProfile;
import io.github.ladorules.MadeBy;
import io.github.ladorules.Outcome;
import io.github.ladorules.OutcomeCase;
import io.github.ladorules.Role;
import io.github.ladorules.internal.calendar.WorkingDayCalendar;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The shipped editions precompiled at build time (the executable model, {@link EditionModels}) decide exactly as the
 * same rule files compiled from DRL at run time ({@link EditionCompiler}): byte-identical decision JSON on every case
 * under {@code test-cases/} and on generated cases, and byte-identical outcome JSON on generated finished
 * investigations. Both read the rules packaged with the library, so even the file names in the rule catalogue are the
 * same. Failures print the input (it is fictional).
 */
class PrecompiledEditionsDifferentialTest {
    /**
     * Generated cases (and as many generated outcome inputs) compared in every build; the README gives the figures of
     * the 10,000-case run ({@code -Dlado.precompiled.cases=10000}).
     */
    private static final int GENERATED = Integer.getInteger("lado.precompiled.cases", 1_000);
    private static final long SEED = Long.getLong("lado.precompiled.seed", 20261127L);

    private static final EditionCatalogue PRECOMPILED = EditionCatalogue.shipped();
    private static final EditionCatalogue FROM_DRL = EditionCatalogue.load(EditionFiles.bundledRoot());

    private final Evaluator precompiled = evaluator(PRECOMPILED);
    private final Evaluator fromDrl = evaluator(FROM_DRL);
    private final OutcomeClassifier precompiledOutcomes = new OutcomeClassifier(PRECOMPILED, LadoEngine.ENGINE_VERSION);
    private final OutcomeClassifier drlOutcomes = new OutcomeClassifier(FROM_DRL, LadoEngine.ENGINE_VERSION);

    private static Evaluator evaluator(EditionCatalogue catalogue) {
        return new Evaluator(catalogue, LocalProfile.DEFAULTS, WorkingDayCalendar.englandAndWales(),
                LadoEngine.ENGINE_VERSION, Duration.ofMinutes(5));
    }

    @Test
    void theTwoCataloguesAreWhatTheyClaim() {
        assertThat(PRECOMPILED.precompiled()).isTrue();
        assertThat(FROM_DRL.precompiled()).isFalse();
    }

    @Test
    void sameRuleCatalogueInEveryEdition() {
        for (EditionInfo edition : PRECOMPILED.editions()) {
            assertThat(RuleCatalogues.rules(PRECOMPILED, edition)).as(edition.id())
                    .isNotEmpty()
                    .isEqualTo(RuleCatalogues.rules(FROM_DRL, edition).stream().map(r -> asShipped(r)).toList());
        }
    }

    /**
     * The precompiled editions name a rule's file as the jar does ({@code rules/13-actions.drl}), wherever the build
     * read the rules from; here the DRL is compiled from the build's directory, so its rules name a path on disk.
     */
    private static RuleInfo asShipped(RuleInfo r) {
        return new RuleInfo(r.edition(), r.id(), r.name(), r.text(), r.cite(),
                "rules/" + Path.of(r.file()).getFileName(), r.line(), r.provision(), r.citationChecked(),
                r.inForceFrom(), r.inForceUntil());
    }

    @Test
    void sameDecisionJsonOnEveryTestCase() {
        List<CorpusCases.Evaluable> cases = CorpusCases.all(PRECOMPILED);
        cases.parallelStream().forEach(c -> {
            assertThat(json(e -> precompiled.evaluate(c.lado(), e), c.edition())).as("%s", c.file())
                    .isEqualTo(json(e -> fromDrl.evaluate(c.lado(), e), c.edition()));
        });
        assertThat(cases).hasSizeGreaterThanOrEqualTo(120);
    }

    @Test
    void sameDecisionJsonOnGeneratedCases() {
        List<LadoCase> cases = GeneratedCases.acrossEditions(SEED, PRECOMPILED).valid(GENERATED, 3, 5);
        AtomicInteger meets = new AtomicInteger();
        cases.parallelStream().forEach(lado -> {
            EditionInfo edition = PRECOMPILED.inForceOn(lado.referralDate());
            String expected = json(e -> fromDrl.evaluate(lado, e), edition);
            assertThat(json(e -> precompiled.evaluate(lado, e), edition)).as("%s", LadoCodec.toJson(lado))
                    .isEqualTo(expected);
            if (expected.contains("\"MEETS_THRESHOLD\"")) {
                meets.incrementAndGet();
            }
        });
        // The comparison means something only if the rules decide many different ways on these cases.
        assertThat(meets.get()).isBetween(GENERATED / 20, GENERATED - GENERATED / 20);
    }

    @Test
    void sameOutcomeJsonOnGeneratedInvestigations() {
        SplittableRandom random = new SplittableRandom(SEED);
        LocalDate first = PRECOMPILED.editions().get(0).inForceFrom();
        List<OutcomeCase> inputs = new ArrayList<>();
        for (int i = 0; inputs.size() < GENERATED; i++) {
            try {
                inputs.add(OutcomeValidator.check(investigation(random, i, first)));
            } catch (InvalidInputException e) {
                // dates out of order, say: refused before any rule runs
            }
        }
        Set<Outcome> outcomes = ConcurrentHashMap.newKeySet();
        inputs.parallelStream().forEach(outcome -> {
            EditionInfo edition = PRECOMPILED.inForceOn(outcome.referralDate());
            String expected = json(e -> drlOutcomes.classify(outcome, e), edition);
            assertThat(json(e -> precompiledOutcomes.classify(outcome, e), edition)).as("%s", outcome)
                    .isEqualTo(expected);
            outcomes.add(drlOutcomes.classify(outcome, edition).outcome());
        });
        // Every outcome the rules know was reached, the 2021 one (unfounded) included.
        assertThat(outcomes).containsExactlyInAnyOrder(Outcome.values());
    }

    /** A finished investigation drawn at random: every enum value, and each fact unknown now and then. */
    private static OutcomeCase investigation(SplittableRandom random, int number, LocalDate first) {
        int days = (int) (LocalDate.of(2026, 12, 31).toEpochDay() - first.toEpochDay());
        LocalDate referral = first.plusDays(random.nextInt(days + 1));
        LocalDate allegation = referral.minusDays(random.nextInt(3650));
        LocalDate birth = random.nextInt(10) == 0 ? null : referral.minusYears(18 + random.nextInt(50))
                .minusDays(random.nextInt(365));
        return new OutcomeCase(OutcomeCase.SCHEMA, "GEN-OUT-" + number, referral,
                new OutcomeCase.Subject(pick(random, Role.values()), birth, maybe(random)),
                new OutcomeCase.Allegation(random.nextInt(10) == 0 ? null : allegation, maybe(random),
                        random.nextInt(10) == 0 ? null : pick(random, MadeBy.values())),
                new OutcomeCase.Finding(pick(random, Evidence.values()), maybe(random)),
                random.nextInt(10) == 0 ? null : pick(random, Employment.values()));
    }

    private static <T> T pick(SplittableRandom random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static Boolean maybe(SplittableRandom random) {
        int draw = random.nextInt(3);
        return draw == 0 ? null : draw == 1;
    }

    /** The JSON of what was decided, or the class and message of what was thrown, so failures are compared too. */
    private static String json(Function<EditionInfo, Object> decide, EditionInfo edition) {
        try {
            return LadoCodec.toJson(decide.apply(edition));
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }
}
