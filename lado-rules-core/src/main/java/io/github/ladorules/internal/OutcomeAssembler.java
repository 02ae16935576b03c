package io.github.ladorules.internal;

import io.github.ladorules.Consequences;
import io.github.ladorules.Decision;
import io.github.ladorules.OutcomeAction;
import io.github.ladorules.OutcomeCase;
import io.github.ladorules.OutcomeDecision;
import io.github.ladorules.RuleInfo;
import io.github.ladorules.RulesException;
import io.github.ladorules.facts.ClassifyAs;
import io.github.ladorules.facts.Define;
import io.github.ladorules.facts.Finding;
import io.github.ladorules.facts.FollowUp;
import io.github.ladorules.facts.KeepRecord;
import io.github.ladorules.facts.OutcomeFinding;
import io.github.ladorules.facts.RecordOnFile;
import io.github.ladorules.facts.ReferToDbs;
import io.github.ladorules.facts.ReferToTra;
import io.github.ladorules.facts.References;
import io.github.ladorules.facts.RetentionPeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Gathers the findings of one outcome session into a decision. Every value comes from a rule's finding; the
 * assembler only checks that the rules were consistent (one answer for each question, a definition for the outcome
 * chosen, a retention period exactly when the record is kept) and does the date arithmetic a rule asked for.
 */
final class OutcomeAssembler {
    private static final String WHOSE = "the case";
    private final CompiledEdition edition;
    private final String engineVersion;

    OutcomeAssembler(CompiledEdition edition, String engineVersion) {
        this.edition = edition;
        this.engineVersion = engineVersion;
    }

    OutcomeDecision assemble(OutcomeCase c, List<Finding> all) {
        List<OutcomeFinding> findings = outcomeFindingsOnly(all);
        ClassifyAs classified = one(findings, ClassifyAs.class, "an outcome");
        Define defined = one(findings, Define.class, "a definition");
        if (defined.getOutcome() != classified.getOutcome()) {
            RuleInfo rule = edition.rule(defined.getRule());
            throw new RulesException(List.of(new RulesException.Problem(rule.file(), rule.line(), "rule " + rule.id()
                    + " defines " + defined.getOutcome() + ", but the case was classified as " + classified.getOutcome())));
        }
        RecordOnFile record = one(findings, RecordOnFile.class, "a decision on the personnel record");
        Consequences consequences = new Consequences(
                record.getPersonnelRecord(),
                retainUntil(c, record, findings),
                one(findings, References.class, "a decision on references").getMayMention(),
                one(findings, ReferToDbs.class, "a DBS referral decision").getReferral(),
                one(findings, ReferToTra.class, "a TRA referral decision").getReferral(),
                actions(findings));
        RuleInfo definition = edition.rule(defined.getRule());
        return new OutcomeDecision(OutcomeDecision.SCHEMA, c.caseRef(), edition.info().ref(), engineVersion,
                InputDigest.sha256(c), classified.getOutcome(), new OutcomeDecision.Definition(definition.text(), definition.cite()),
                consequences,
                // The definition is shown on its own; every other rule that fired is a reason.
                RuleFindings.reasons(edition, findings.stream().filter(f -> !(f instanceof Define)).toList()),
                Decision.NOTICE);
    }

    /** A kept record needs exactly one retention period; a removed one must have none. */
    private LocalDate retainUntil(OutcomeCase c, RecordOnFile record, List<OutcomeFinding> findings) {
        if (record instanceof KeepRecord) {
            RetentionPeriod period = one(findings, RetentionPeriod.class, "a retention period");
            return RecordRetention.until(c.subject().dateOfBirth(), c.allegation().date(),
                    period.getYearsFromAllegation());
        }
        List<RetentionPeriod> stray = RuleFindings.ofType(edition, findings, RetentionPeriod.class);
        if (!stray.isEmpty()) {
            throw problems(stray, "gave a retention period, but the record is " + record.getPersonnelRecord());
        }
        return null;
    }

    private List<OutcomeAction> actions(List<OutcomeFinding> findings) {
        return findings.stream().filter(FollowUp.class::isInstance).map(f -> ((FollowUp) f).getAction())
                .distinct().sorted().toList();
    }

    /** The threshold rules and the outcome rules share a rule base; a threshold rule firing here is a rules bug. */
    private List<OutcomeFinding> outcomeFindingsOnly(List<Finding> all) {
        List<Finding> foreign = all.stream().filter(f -> !(f instanceof OutcomeFinding)).toList();
        if (!foreign.isEmpty()) {
            throw problems(foreign, "fired on an outcome input; threshold rules must match only case facts");
        }
        return all.stream().map(OutcomeFinding.class::cast).toList();
    }

    private <T extends OutcomeFinding> T one(List<OutcomeFinding> findings, Class<T> type, String what) {
        return RuleFindings.exactlyOne(edition, findings, type, what, WHOSE);
    }

    private RulesException problems(List<? extends Finding> findings, String message) {
        List<RulesException.Problem> problems = new ArrayList<>();
        findings.stream().map(Finding::getRule).distinct().map(edition::rule).forEach(rule ->
                problems.add(new RulesException.Problem(rule.file(), rule.line(), "rule " + rule.id() + " " + message)));
        return new RulesException(problems);
    }
}
