package io.github.ladorules.cli;

import io.github.ladorules.EditionInfo;
import io.github.ladorules.LadoEngine;
import io.github.ladorules.RuleInfo;
import io.github.ladorules.InvalidInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lado-rules book}: the rules of every edition as a Markdown book for policy leads. */
@Command(name = "book", mixinStandardHelpOptions = true,
        description = "Write the rule book (Markdown) for policy leads: every edition, its documents and known "
                + "uncertainties, and each rule with its id, text and citation, in rule-book order.",
        footerHeading = "%nExamples:%n",
        footer = {"  lado-rules book -o rule-book.md", "  lado-rules book --edition kcsie-2023 --rules rules",
                "  lado-rules book --json --edition kcsie-2023"})
final class BookCommand implements Callable<Integer> {
    private static final java.time.format.DateTimeFormatter DATE =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);

    @Spec
    CommandSpec spec;

    @Mixin
    EngineOptions options;

    @Option(names = "--edition", paramLabel = "ID", description = "Only this edition.")
    String edition;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to this file instead of the screen.")
    Path out;

    @Option(names = "--json", description = "Write each edition with its rules as JSON instead of Markdown.")
    boolean json;

    @Override
    public Integer call() {
        LadoEngine engine = options.engine();
        List<EditionInfo> editions = edition == null ? engine.editions()
                : List.of(engine.editions().stream().filter(e -> e.id().equals(edition)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("--edition", "no edition '" + edition + "'")));
        if (json) {
            List<Chapter> chapters = editions.stream().map(e -> new Chapter(e, engine.rules(e.id()))).toList();
            return write(io.github.ladorules.LadoCodec.toJson(java.util.Map.of("editions", chapters)));
        }
        StringBuilder book = new StringBuilder("# lado-rules: the rule book\n\n")
                .append("Decision support only. The designated officer makes the decision.\n");
        for (EditionInfo e : editions) {
            chapter(book, e, engine.rules(e.id()));
        }
        return write(book.toString());
    }

    /** One edition and its rules, in rule-book order (a record, so the JSON keys keep this order). */
    record Chapter(EditionInfo edition, List<RuleInfo> rules) {
    }

    private int write(String book) {
        if (out == null) {
            PrintWriter w = spec.commandLine().getOut();
            w.print(book);
            w.flush();
        } else {
            try {
                Files.writeString(out, book);
            } catch (IOException ex) {
                throw InvalidInputException.of("--out", "cannot write " + out + ": " + ex.getMessage());
            }
        }
        return ExitCodes.OK;
    }

    private static void chapter(StringBuilder book, EditionInfo e, List<RuleInfo> rules) {
        book.append("\n## ").append(e.id()).append(": ").append(e.title()).append("\n\n");
        book.append("In force from ").append(e.inForceFrom()).append(e.inForceUntil() == null ? " onwards"
                : " until " + e.inForceUntil() + " (exclusive)").append(". Version ").append(e.version())
                .append("; SHA-256 of the rule files `").append(e.rulesSha256()).append("`.\n\n");
        book.append("Documents cited:\n\n");
        e.documents().forEach(d -> book.append("- **").append(d.key()).append("**: ").append(d.title())
                .append(" <").append(d.url()).append(">\n"));
        if (!e.knownUncertainties().isEmpty()) {
            book.append("\nKnown uncertainties:\n\n");
            e.knownUncertainties().forEach(u -> book.append("- ").append(u).append('\n'));
        }
        String file = null;
        for (RuleInfo r : rules) {
            String name = Path.of(r.file()).getFileName().toString();
            if (!name.equals(file)) {
                file = name;
                book.append("\n### ").append(name).append("\n\n| id | rule | in force | what it says | source |\n"
                        + "|---|---|---|---|---|\n");
            }
            book.append("| `").append(r.id()).append("` | ").append(cell(r.name())).append(" | ").append(period(r))
                    .append(" | ").append(cell(r.text())).append(" | ")
                    .append(cell(r.cite().document() + ", " + r.cite().paragraph()))
                    .append(r.citationChecked() ? "" : " (not checked)").append(" |\n");
        }
    }

    /** The rule's own period, as the rule states it; "all editions" where it states none. */
    private static String period(RuleInfo r) {
        if (r.inForceFrom() == null && r.inForceUntil() == null) {
            return "all editions";
        }
        return (r.inForceFrom() == null ? "" : "from " + DATE.format(r.inForceFrom()))
                + (r.inForceFrom() != null && r.inForceUntil() != null ? " " : "")
                + (r.inForceUntil() == null ? "" : "until " + DATE.format(r.inForceUntil().minusDays(1)));
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
