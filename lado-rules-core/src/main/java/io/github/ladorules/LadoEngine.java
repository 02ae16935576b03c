package io.github.ladorules;

import io.github.ladorules.internal.BuildInfo;
import io.github.ladorules.internal.EditionCatalogue;
import io.github.ladorules.internal.Evaluator;
import io.github.ladorules.internal.CaseValidator;
import io.github.ladorules.internal.OutcomeClassifier;
import io.github.ladorules.internal.OutcomeValidator;
import io.github.ladorules.internal.Profiles;
import io.github.ladorules.internal.RuleCatalogues;
import io.github.ladorules.internal.calendar.WorkingDayCalendar;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Evaluates concerns, and classifies finished investigations, against the edition of the rules in force on each
 * input's referral date.
 *
 * <p>Build one engine and share it: it is immutable and thread-safe, makes no network calls and holds no global
 * state. The shipped editions were compiled when this library was built and are loaded the first time a case needs
 * them; editions from a {@link Builder#rulesDirectory(Path) rules directory} are compiled from their DRL the first
 * time a case needs them. {@link Builder#compileAllEditions()} does either for every edition while building. Each
 * evaluation runs in its own short-lived session, within a deadline ({@link #DEFAULT_DEADLINE} unless
 * {@link Builder#deadline(Duration)} says otherwise).
 *
 * <pre>{@code
 * LadoEngine engine = LadoEngine.builder().build();           // the editions shipped in the jar
 * Decision decision = engine.evaluate(LadoCodec.readCase(path));
 * OutcomeDecision outcome = engine.classify(LadoCodec.readOutcome(outcomePath));
 * }</pre>
 */
public final class LadoEngine {
    /** The version of this library, written into every decision; it comes from the build (the POM's version). */
    public static final String ENGINE_VERSION = BuildInfo.version();

    /**
     * How long one evaluation may take unless the builder says otherwise. It is a guard against a hang, not a
     * target: the largest case the schema allows (20 adults, 50 children, 50 concerns, every fact unknown) takes a
     * few seconds on a small machine, under twenty in a cold JVM on an overloaded one (see the README).
     */
    public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(60);

    private final EditionCatalogue catalogue;
    private final Evaluator evaluator;
    private final OutcomeClassifier classifier;
    private final Duration deadline;

    private LadoEngine(EditionCatalogue catalogue, LocalProfile profile, Duration deadline) {
        this.catalogue = catalogue;
        this.deadline = deadline;
        this.evaluator = new Evaluator(catalogue, profile, WorkingDayCalendar.englandAndWales(), ENGINE_VERSION,
                deadline);
        this.classifier = new OutcomeClassifier(catalogue, ENGINE_VERSION);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The same rules, with the editions already compiled shared, under another local profile: for a host that serves
     * several local authorities, or a test case that states its own parameters. Cheap; thread-safe like this engine.
     *
     * @throws InvalidInputException if a parameter is outside the bounds of the {@code lado-profile/1} schema
     */
    public LadoEngine withProfile(LocalProfile profile) {
        return new LadoEngine(catalogue, Profiles.check(Objects.requireNonNull(profile, "profile")), deadline);
    }

    /**
     * Evaluates a case with the edition in force on its referral date.
     *
     * @throws InvalidInputException if the case breaks the {@code lado-case/1} schema or refers to things it lacks,
     *         or its referral date is before the first edition; nothing is evaluated
     * @throws RulesException if the edition's rules cannot be compiled, contradict each other, or a rule fails
     * @throws DeadlineExceededException if the evaluation took longer than the engine's deadline
     */
    public Decision evaluate(LadoCase lado) {
        LadoCase valid = CaseValidator.check(lado);
        return evaluator.evaluate(valid, inForceOn(valid.referralDate()));
    }

    /**
     * Evaluates a case with a pinned edition, whatever its referral date, for example to replay an old decision.
     *
     * @throws InvalidInputException if the case is invalid or there is no edition with that id
     */
    public Decision evaluate(LadoCase lado, String editionId) {
        Objects.requireNonNull(editionId, "editionId");
        LadoCase valid = CaseValidator.check(lado);
        return evaluator.evaluate(valid, catalogue.byId(editionId));
    }

    /**
     * Classifies a finished investigation into the outcome definitions of the edition in force on its referral date,
     * with what follows (personnel record, references, DBS and TRA referrals, actions).
     *
     * @throws InvalidInputException if the input breaks the {@code lado-outcome/1} schema, its dates are out of order,
     *         or its referral date is before the first edition; nothing is classified
     * @throws RulesException if the edition's outcome rules cannot be compiled or contradict each other
     */
    public OutcomeDecision classify(OutcomeCase outcome) {
        OutcomeCase valid = OutcomeValidator.check(outcome);
        return classifier.classify(valid, inForceOn(valid.referralDate()));
    }

    /**
     * Classifies a finished investigation with a pinned edition, whatever its referral date.
     *
     * @throws InvalidInputException if the input is invalid or there is no edition with that id
     */
    public OutcomeDecision classify(OutcomeCase outcome, String editionId) {
        Objects.requireNonNull(editionId, "editionId");
        OutcomeCase valid = OutcomeValidator.check(outcome);
        return classifier.classify(valid, catalogue.byId(editionId));
    }

    /** The editions this engine knows, in the order they came into force. */
    public List<EditionInfo> editions() {
        return catalogue.editions();
    }

    /**
     * The edition in force on a date.
     *
     * @throws InvalidInputException naming {@code referralDate} if the date is before the first edition
     */
    public EditionInfo editionInForceOn(LocalDate referralDate) {
        return inForceOn(Objects.requireNonNull(referralDate, "referralDate"));
    }

    /** The edition in force, refusing an earlier date without repeating it (a message must not carry case content). */
    private EditionInfo inForceOn(LocalDate referralDate) {
        // The first edition's id and date come from the catalogue's index: no edition is read to refuse a date.
        if (referralDate.isBefore(catalogue.firstInForceFrom())) {
            throw InvalidInputException.of("referralDate", "is before the first edition (" + catalogue.firstId()
                    + ", in force from " + catalogue.firstInForceFrom() + "); the rules cannot judge it");
        }
        return catalogue.inForceOn(referralDate);
    }

    /** Every rule of an edition in rule-book order (compiling the edition if it is not yet compiled). */
    public List<RuleInfo> rules(String editionId) {
        return RuleCatalogues.rules(catalogue, catalogue.byId(editionId));
    }

    /** Builds an engine. Each option may be set once. */
    public static final class Builder {
        private Path rulesDirectory;
        private LocalProfile profile;
        private boolean compileAll;
        private Duration deadline;

        private Builder() {
        }

        /**
         * Loads editions from a directory ({@code <dir>/<edition>/edition.yaml} and {@code *.drl}) instead of the
         * ones shipped in the jar, so a policy lead can edit a rule and rerun without rebuilding.
         */
        public Builder rulesDirectory(Path directory) {
            requireUnset(this.rulesDirectory, "rules directory");
            this.rulesDirectory = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /**
         * Local parameters (meeting days, pattern threshold); {@link LocalProfile#DEFAULTS} when not set.
         *
         * @throws InvalidInputException if a parameter is outside the bounds of the {@code lado-profile/1} schema
         */
        public Builder profile(LocalProfile profile) {
            requireUnset(this.profile, "profile");
            this.profile = Profiles.check(Objects.requireNonNull(profile, "profile"));
            return this;
        }

        /**
         * How long one evaluation may take before it is stopped with {@link DeadlineExceededException};
         * {@link #DEFAULT_DEADLINE} when not set. Compiling an edition on first use is not counted.
         */
        public Builder deadline(Duration deadline) {
            requireUnset(this.deadline, "deadline");
            Objects.requireNonNull(deadline, "deadline");
            if (deadline.isNegative() || deadline.isZero()) {
                throw new IllegalArgumentException("a deadline must be longer than zero");
            }
            this.deadline = deadline;
            return this;
        }

        /** Compiles every edition while building, so no evaluation pays for compilation and errors show at once. */
        public Builder compileAllEditions() {
            this.compileAll = true;
            return this;
        }

        /** @throws RulesException if the editions cannot be read, or (with compileAllEditions) compiled */
        public LadoEngine build() {
            EditionCatalogue catalogue = rulesDirectory != null ? EditionCatalogue.load(rulesDirectory)
                    : EditionCatalogue.shipped();
            LadoEngine engine = new LadoEngine(catalogue,
                    profile != null ? profile : LocalProfile.DEFAULTS, deadline != null ? deadline : DEFAULT_DEADLINE);
            if (compileAll) {
                engine.editions().forEach(e -> engine.rules(e.id()));
            }
            return engine;
        }

        private static void requireUnset(Object value, String what) {
            if (value != null) {
                throw new IllegalStateException(what + " was already set to " + value);
            }
        }
    }
}
