package io.github.ladorules.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The data files of the shared rule base: documents, provisions and editions, as their YAML is written. */
final class RuleBaseDocuments {
    private RuleBaseDocuments() {
    }

    /** A document some rule cites: where its official text is, and what kind of authority it is. */
    record Document(String key, String title, String kind, LocalDate published, LocalDate inForceFrom,
                    LocalDate inForceUntil, String url, String checkedAgainst, String research, String note) {

        /** Statute and statutory guidance must be cited to a paragraph or section; practice and policy need not. */
        boolean statutory() {
            return "statute".equals(kind) || "statutory-guidance".equals(kind);
        }

        /** The first day the document existed as law or guidance, as far as this project knows. */
        LocalDate dated() {
            return inForceFrom != null ? inForceFrom : published;
        }
    }

    record DocumentList(List<Document> documents) {
    }

    /**
     * A provision: one idea a rule rests on ("the harm-threshold criteria"). Where it sits differs by edition
     * (each edition's citation table says), or is the same for all (a section of an Act, a local procedure, this
     * project's policy), given here as the default. A policy provision says why this project holds it.
     */
    record Provision(String about, String document, String paragraph, Boolean checked, String note, String why,
                     String reason) {
        Citation citation() {
            return document == null ? null : new Citation(document, paragraph, checked, note, why);
        }
    }

    record ProvisionList(Map<String, Provision> provisions) {
    }

    /** Where a provision sits: the document, the paragraph or section, and whether that was checked. */
    record Citation(String document, String paragraph, Boolean checked, String note, String why) {
        boolean isChecked() {
            return Boolean.TRUE.equals(checked);
        }
    }

    /** One edition as its file under {@code editions/} states it. */
    record Edition(String id, String title, String version, LocalDate inForceFrom, LocalDate inForceUntil,
                   List<String> guidance, Map<String, Citation> citations, List<String> knownUncertainties) {
    }
}
