package io.github.ladorules.cli;

import io.github.ladorules.Action;
import io.github.ladorules.Citation;
import io.github.ladorules.Criterion;
import io.github.ladorules.Decision;
import io.github.ladorules.LadoCase;
import io.github.ladorules.Question;
import io.github.ladorules.Reason;
import io.github.ladorules.Recommendation;
import io.github.ladorules.Route;
import io.github.ladorules.SubjectDecision;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

/** A decision as an officer reads it: the recommendation first, then each adult's criteria, actions and reasons. */
final class DecisionText {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

    private DecisionText() {
    }

    /**
     * Loads the names of days and months that a due date is written with. The first date written in a new JVM loads
     * the locale's data, about a hundredth of a second, which a command can spend on another thread meanwhile.
     */
    static void prepare() {
        day(LocalDate.EPOCH);
    }

    static String render(Decision d, LadoCase lado) {
        StringBuilder out = new StringBuilder();
        out.append(label(d.recommendation())).append("  (case ").append(d.caseRef()).append(")\n");
        out.append("Edition ").append(d.edition().id()).append(' ').append(d.edition().version())
                .append(", in force on the referral date ").append(day(lado.referralDate())).append('\n');
        out.append(d.notice()).append("\n");
        for (SubjectDecision s : d.subjects()) {
            out.append('\n');
            out.append("Adult ").append(s.ref()).append(": ").append(label(s.recommendation()))
                    .append(" (tier ").append(s.tier()).append(")\n");
            out.append("  Route:    ").append(label(s.route())).append('\n');
            out.append("  Criteria: ").append(s.criteria().isEmpty() ? "none"
                    : s.criteria().stream().map(DecisionText::label).collect(Collectors.joining("; "))).append('\n');
            if (s.transferableRisk()) {
                out.append("  Transferable risk: yes\n");
            }
            out.append("  Actions:\n");
            if (s.actions().isEmpty()) {
                out.append("    none\n");
            }
            s.actions().forEach(a -> action(out, a));
            out.append("  Why:\n");
            for (Reason r : s.reasons()) {
                out.append("    - ").append(r.text()).append('\n');
                out.append("      [").append(r.rule()).append("] ").append(cite(r.cite())).append('\n');
            }
            if (!s.questions().isEmpty()) {
                out.append("  Questions that could change this result:\n");
                for (Question q : s.questions()) {
                    out.append("    ? ").append(q.text()).append("  (").append(q.field()).append(")\n");
                }
            }
        }
        if (!d.caseActions().isEmpty()) {
            out.append("\nFor the whole case:\n");
            d.caseActions().forEach(a -> action(out, a));
        }
        return out.toString();
    }

    private static void action(StringBuilder out, Action a) {
        out.append("    * ").append(a.code());
        if (a.due() != null) {
            out.append(", due ").append(day(a.due()));
        }
        out.append(": ").append(a.reason()).append('\n');
    }

    /** A citation as an officer reads it: document, paragraph, address. */
    static String cite(Citation c) {
        return c.document() + ", " + (c.paragraph().matches("[0-9].*") ? "paragraph " : "") + c.paragraph()
                + " <" + c.url() + ">";
    }

    private static String day(LocalDate date) {
        return date.format(DAY);
    }

    static String label(Recommendation r) {
        return switch (r) {
            case MEETS_THRESHOLD -> "MEETS THE HARM THRESHOLD";
            case MAY_MEET_THRESHOLD -> "MAY MEET THE HARM THRESHOLD: consult the designated officer";
            case DOES_NOT_MEET_THRESHOLD -> "DOES NOT MEET THE HARM THRESHOLD";
            case NOT_A_LADO_MATTER -> "NOT A MATTER FOR THE DESIGNATED OFFICER";
        };
    }

    static String label(Route r) {
        return switch (r) {
            case LADO_REFERRAL -> "referral to the designated officer (LADO)";
            case LADO_CONSULTATION -> "consultation with the designated officer";
            case LOW_LEVEL_CONCERN -> "low-level concern (the school's or college's policy)";
            case EMPLOYER_CONDUCT_PROCESS -> "the employer's conduct process";
            case COMPLAINTS_PROCESS -> "the complaints process";
            case POLICE_NON_RECENT -> "the police, as a non-recent allegation";
            case OTHER_SERVICE -> "another service (police or children's social care)";
        };
    }

    static String label(Criterion c) {
        return switch (c) {
            case HARMED_CHILD -> "harmed or may have harmed a child";
            case POSSIBLE_CRIMINAL_OFFENCE -> "possibly a criminal offence against or related to a child";
            case RISK_OF_HARM_TO_CHILDREN -> "may pose a risk of harm to children";
            case UNSUITABLE_TO_WORK_WITH_CHILDREN -> "may not be suitable to work with children";
        };
    }
}
