package io.github.ladorules.report;

import io.github.ladorules.Reason;
import java.util.List;

/** Writes a retention list as Markdown. */
public final class RetentionMarkdown {
    private RetentionMarkdown() {
    }

    public static String write(RetentionList list) {
        StringBuilder out = new StringBuilder("# Retention review on ").append(list.on()).append("\n\n");
        out.append(list.notice()).append("\n\n");
        out.append("Reviewed: ").append(list.reviewed()).append(" records with a date of birth and an outcome. ")
                .append("Not reviewed (no date of birth or no outcome): ").append(list.notReviewed())
                .append(". Skipped as invalid: ").append(list.skipped()).append(".\n\n");
        section(out, "Retention has ended", "Kept records whose retention date is on or before " + list.on()
                + ": review them for removal.", list.retentionEnded());
        section(out, "Remove now", "The edition's rules say the allegation is removed from the personnel record"
                + " (REMOVE_UNLESS_CONSENT: unless the adult consents to it being kept).", list.removeNow());
        section(out, "Keep", "Kept records whose retention runs past " + list.on() + ", soonest first.",
                list.keep());
        if (!list.cannotReview().isEmpty()) {
            out.append("## Cannot be reviewed\n\nThe outcome rules could not take these records; the fields at fault"
                    + " are named.\n\n| record | fields |\n|---|---|\n");
            list.cannotReview().forEach(u -> out.append("| ").append(u.recordRef()).append(" | ")
                    .append(String.join(", ", u.fields())).append(" |\n"));
            out.append('\n');
        }
        return out.toString();
    }

    private static void section(StringBuilder out, String title, String what, List<RetentionEntry> entries) {
        out.append("## ").append(title).append(" (").append(entries.size()).append(")\n\n").append(what)
                .append("\n\n");
        if (entries.isEmpty()) {
            out.append("None.\n\n");
            return;
        }
        out.append("| record | outcome | edition | personnel record | retain until | rules and citations |\n")
                .append("|---|---|---|---|---|---|\n");
        for (RetentionEntry e : entries) {
            out.append("| ").append(e.recordRef()).append(" | ").append(e.classifiedAs())
                    .append(e.classifiedAs() == e.recordedOutcome() ? "" : " (recorded " + e.recordedOutcome() + ")")
                    .append(" | ").append(e.edition().id()).append(' ').append(e.edition().version()).append(" | ")
                    .append(e.personnelRecord()).append(" | ")
                    .append(e.retainUntil() == null ? "" : e.retainUntil().toString()).append(" | ")
                    .append(reasons(e.reasons())).append(" |\n");
        }
        out.append('\n');
    }

    private static String reasons(List<Reason> reasons) {
        StringBuilder s = new StringBuilder();
        for (Reason r : reasons) {
            s.append(s.length() == 0 ? "" : "; ").append(r.rule()).append(" (").append(r.cite().document());
            if (r.cite().paragraph() != null && !r.cite().paragraph().isBlank()) {
                s.append(", ").append(r.cite().paragraph());
            }
            s.append(')');
        }
        return s.toString().replace("|", "\\|");
    }
}
