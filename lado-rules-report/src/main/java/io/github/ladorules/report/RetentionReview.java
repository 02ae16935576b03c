package io.github.ladorules.report;

import io.github.ladorules.Employment;
import io.github.ladorules.Evidence;
import io.github.ladorules.InvalidInputException;
import io.github.ladorules.LadoCase;
import io.github.ladorules.LadoEngine;
import io.github.ladorules.MadeBy;
import io.github.ladorules.OutcomeCase;
import io.github.ladorules.OutcomeDecision;
import io.github.ladorules.PersonnelRecord;
import io.github.ladorules.Reason;
import io.github.ladorules.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Reviews records for retention on a date. For each record with a date of birth and an outcome it builds the
 * {@code lado-outcome/1} that the outcome stands for and asks the core engine to classify it with the edition in
 * force on the record's referral date (its contact date when it has none): the edition's rules say whether the
 * personnel record is kept, and until when. This class only sorts the answers by the review date.
 *
 * <p>What a record does not hold is filled in as stated here, never guessed silently: the allegation date is the
 * contact date; the role comes from the record's case when it has exactly one subject, else OTHER; the allegation
 * counts as sexual when the category is SEXUAL; a child is taken as a pupil and a parent or carer as a parent
 * (anyone else as OTHER); employment follows the employer actions (dismissal, resignation, ceased to use), else
 * REMAINS. None of these change how long a record is kept; they only complete the input.
 */
public final class RetentionReview implements RecordSink {
    private final LadoEngine engine;
    private final LocalDate on;
    private final List<RetentionEntry> ended = new ArrayList<>();
    private final List<RetentionEntry> remove = new ArrayList<>();
    private final List<RetentionEntry> keep = new ArrayList<>();
    private final List<RetentionList.Unreviewable> cannot = new ArrayList<>();
    private final java.util.function.Consumer<RejectedRecord> onReject;
    private int notReviewed;
    private int skipped;

    public RetentionReview(LadoEngine engine, LocalDate on, java.util.function.Consumer<RejectedRecord> onReject) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.on = Objects.requireNonNull(on, "on");
        this.onReject = onReject;
    }

    @Override
    public void accept(LadoRecord r) {
        if (r.subjectDateOfBirth() == null || r.outcome() == null) {
            notReviewed++;
            return;
        }
        OutcomeDecision d;
        try {
            d = engine.classify(outcomeCase(r));
        } catch (InvalidInputException e) {
            cannot.add(new RetentionList.Unreviewable(r.recordRef(),
                    e.problems().stream().map(InvalidInputException.Problem::field).distinct().toList()));
            return;
        }
        PersonnelRecord action = d.consequences().personnelRecord();
        LocalDate until = d.consequences().retainUntil();
        RetentionEntry entry = new RetentionEntry(r.recordRef(), r.outcome(), d.outcome(), d.edition(), action, until,
                recordReasons(d));
        if (action != PersonnelRecord.KEEP) {
            remove.add(entry);
        } else if (!on.isBefore(until)) {
            ended.add(entry);
        } else {
            keep.add(entry);
        }
    }

    @Override
    public void reject(RejectedRecord rejected) {
        skipped++;
        if (onReject != null) {
            onReject.accept(rejected);
        }
    }

    public RetentionList list() {
        Comparator<RetentionEntry> byRef = Comparator.comparing(RetentionEntry::recordRef);
        List<RetentionEntry> kept = new ArrayList<>(keep);
        kept.sort(Comparator.comparing(RetentionEntry::retainUntil).thenComparing(byRef));
        return new RetentionList(RetentionList.SCHEMA, RetentionList.NOTICE, on,
                ended.size() + remove.size() + keep.size(), notReviewed, skipped, sorted(ended, byRef),
                sorted(remove, byRef), kept, cannot.stream()
                        .sorted(Comparator.comparing(RetentionList.Unreviewable::recordRef)).toList());
    }

    private static List<RetentionEntry> sorted(List<RetentionEntry> list, Comparator<RetentionEntry> order) {
        return list.stream().sorted(order).toList();
    }

    /** The outcome input a record stands for (see the class comment for the fields it does not hold). */
    static OutcomeCase outcomeCase(LadoRecord r) {
        LocalDate referral = r.referralDate() != null ? r.referralDate() : r.contactDate();
        Evidence evidence = switch (r.outcome()) {
            case SUBSTANTIATED -> Evidence.PROVES;
            case MALICIOUS, FALSE -> Evidence.DISPROVES;
            case UNSUBSTANTIATED -> Evidence.INSUFFICIENT;
            case UNFOUNDED -> Evidence.NO_BASIS;
        };
        Boolean deception = r.outcome() == io.github.ladorules.Outcome.MALICIOUS ? Boolean.TRUE
                : r.outcome() == io.github.ladorules.Outcome.FALSE ? Boolean.FALSE : null;
        return new OutcomeCase(OutcomeCase.SCHEMA, r.recordRef(), referral,
                new OutcomeCase.Subject(role(r.decidedCase()), r.subjectDateOfBirth(), null),
                new OutcomeCase.Allegation(r.contactDate(), r.category() == Category.SEXUAL, madeBy(r.referrer())),
                new OutcomeCase.Finding(evidence, deception), employment(r.employerActions()));
    }

    private static Role role(LadoCase c) {
        return c != null && c.subjects().size() == 1 ? c.subjects().get(0).role() : Role.OTHER;
    }

    private static MadeBy madeBy(Referrer referrer) {
        return switch (referrer) {
            case CHILD -> MadeBy.PUPIL;
            case PARENT_OR_CARER -> MadeBy.PARENT;
            default -> MadeBy.OTHER;
        };
    }

    private static Employment employment(List<EmployerAction> actions) {
        if (actions.contains(EmployerAction.DISMISSAL)) {
            return Employment.DISMISSED;
        }
        if (actions.contains(EmployerAction.RESIGNED)) {
            return Employment.RESIGNED;
        }
        if (actions.contains(EmployerAction.CEASED_TO_USE)) {
            return Employment.CEASED_TO_USE;
        }
        return Employment.REMAINS;
    }

    /**
     * The reasons about the outcome and the personnel record: the rules whose ids mark them as classification or
     * record-keeping rules. If an edition names its rules otherwise, every reason is kept rather than none.
     */
    static List<Reason> recordReasons(OutcomeDecision d) {
        List<Reason> chosen = d.reasons().stream()
                .filter(r -> r.rule().contains("-CLASS-") || r.rule().contains("-RECORD-")).toList();
        return chosen.isEmpty() ? d.reasons() : chosen;
    }
}
