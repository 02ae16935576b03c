package io.github.ladorules.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.ladorules.EditionInfo;
import io.github.ladorules.InvalidInputException;
import io.github.ladorules.LadoEngine;
import io.github.ladorules.RuleInfo;
import io.github.ladorules.internal.Json;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code lado-rules citations}: every rule of every edition with what it cites, where, at which address, and
 * whether that paragraph was checked against a full text of the edition's document: the list a policy lead audits.
 */
@Command(name = "citations", mixinStandardHelpOptions = true,
        description = "List every rule with its citation (provision, document, paragraph, address) and whether the "
                + "paragraph was checked against a full text of that edition, as Markdown or JSON.",
        footerHeading = "%nExamples:%n",
        footer = {"  lado-rules citations --edition kcsie-2023",
                "  lado-rules citations --json --rules rules"})
final class CitationsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    EngineOptions options;

    @Option(names = "--edition", paramLabel = "ID", description = "Only this edition.")
    String edition;

    @Option(names = "--json", description = "Print JSON instead of Markdown.")
    boolean json;

    /** One line of the audit list. */
    record Line(String edition, String rule, String name, String provision, String document, String kind,
                String paragraph, String url, boolean checked, String checkedAgainst) {
    }

    @Override
    public Integer call() throws JsonProcessingException {
        LadoEngine engine = options.engine();
        List<EditionInfo> editions = edition == null ? engine.editions() : List.of(engine.editions().stream()
                .filter(e -> e.id().equals(edition)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("--edition", "no edition '" + edition + "'")));
        List<Line> lines = new ArrayList<>();
        for (EditionInfo e : editions) {
            for (RuleInfo r : engine.rules(e.id())) {
                EditionInfo.Document d = e.documents().stream().filter(doc -> doc.title().equals(r.cite().document()))
                        .findFirst().orElseThrow();
                lines.add(new Line(e.id(), r.id(), r.name(), r.provision(), d.key(), d.kind(), r.cite().paragraph(),
                        r.cite().url(), r.citationChecked(), d.checkedAgainst()));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.JSON.writeValueAsString(Map.of("citations", lines)));
        } else {
            markdown(out, editions, lines);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void markdown(PrintWriter out, List<EditionInfo> editions, List<Line> lines) {
        out.println("# Citations");
        out.println();
        out.println("Every rule, what it cites and whether the paragraph was checked against a full text of the");
        out.println("edition's document. Unchecked citations are marked **no**: check them before relying on them.");
        for (EditionInfo e : editions) {
            List<Line> mine = lines.stream().filter(l -> l.edition().equals(e.id())).toList();
            long checked = mine.stream().filter(Line::checked).count();
            out.printf("%n## %s (%d of %d rules cite a checked paragraph)%n%n", e.id(), checked, mine.size());
            out.println("| rule | provision | document | paragraph | checked | address |");
            out.println("|---|---|---|---|---|---|");
            for (Line l : mine) {
                out.printf("| `%s` | %s | %s (%s) | %s | %s | <%s> |%n", l.rule(), l.provision(), cell(l.document()),
                        l.kind(), cell(l.paragraph()), l.checked() ? "yes" : "**no**", l.url());
            }
        }
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|");
    }
}
