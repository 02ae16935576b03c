package io.github.ladorules.internal;

import io.github.ladorules.Citation;
import io.github.ladorules.EditionInfo;
import java.util.List;
import java.util.Optional;

/**
 * Reads a rule's {@code @cite("KCSIE 2023, paragraph 356")}: a document key declared in the edition's
 * {@code edition.yaml}, a comma, then where in that document. The output citation names the document's full title
 * and URL, so no rule repeats them.
 */
final class Citations {
    private Citations() {
    }

    /** The citation, or empty with the reason in {@code problem[0]} when the text cannot be read. */
    static Optional<Citation> parse(String cite, List<EditionInfo.Document> documents, String[] problem) {
        int comma = cite.indexOf(", ");
        if (comma <= 0 || comma + 2 >= cite.length()) {
            problem[0] = "@cite(\"" + cite + "\") must be \"<document>, paragraph <n>\", for example "
                    + "\"KCSIE 2023, paragraph 356\"";
            return Optional.empty();
        }
        String key = cite.substring(0, comma).trim();
        String where = cite.substring(comma + 2).trim();
        Optional<EditionInfo.Document> document = documents.stream().filter(d -> d.key().equals(key)).findFirst();
        if (document.isEmpty()) {
            problem[0] = "@cite names document '" + key + "', which edition.yaml does not declare; declared: "
                    + documents.stream().map(EditionInfo.Document::key).toList();
            return Optional.empty();
        }
        return Optional.of(new Citation(document.get().title(), locator(where), document.get().url()));
    }

    private static String locator(String where) {
        for (String word : List.of("paragraphs ", "paragraph ")) {
            if (where.startsWith(word)) {
                return where.substring(word.length());
            }
        }
        return where;
    }
}
