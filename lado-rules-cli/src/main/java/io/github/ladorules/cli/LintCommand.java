package io.github.ladorules.cli;

import io.github.ladorules.EditionInfo;
import io.github.ladorules.LadoEngine;
import io.github.ladorules.RuleInfo;
import io.github.ladorules.RulesException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code lado-rules lint}: checks the rule files a policy lead edits. Loading an edition already refuses a rule
 * without an id, text or citation, a duplicate id, an undeclared document and editions that leave a gap; lint
 * compiles every edition to surface those, then checks that each edition's ids share one prefix.
 */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Check the rule files: every edition compiles, rule ids are unique and share the edition's "
                + "prefix, every rule has a text and a citation, editions are contiguous.",
        footerHeading = "%nExamples:%n",
        footer = {"  lado-rules lint --rules rules", "  lado-rules lint --json --rules rules"})
final class LintCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    EngineOptions options;

    @Option(names = "--json", description = "Print the counts as JSON ({\"editions\": N, \"rules\": N}); problems "
            + "still go to standard error with exit code 3.")
    boolean json;

    @Override
    public Integer call() {
        LadoEngine engine = options.engine();
        List<RulesException.Problem> problems = new ArrayList<>();
        int rules = 0;
        for (EditionInfo edition : engine.editions()) {
            List<RuleInfo> editionRules = engine.rules(edition.id());
            rules += editionRules.size();
            String prefix = prefix(editionRules.get(0).id());
            for (RuleInfo rule : editionRules) {
                if (!rule.id().startsWith(prefix)) {
                    problems.add(new RulesException.Problem(rule.file(), rule.line(), "rule " + rule.id()
                            + " does not share the edition's id prefix " + prefix));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RulesException(problems);
        }
        if (json) {
            Output.json(spec, new Counts(engine.editions().size(), rules));
            return ExitCodes.OK;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("ok: %d editions, %d rules; every rule has an id, a text and a citation%n",
                engine.editions().size(), rules);
        out.flush();
        return ExitCodes.OK;
    }

    /** What lint checked. */
    record Counts(int editions, int rules) {
    }

    private static String prefix(String id) {
        return id.substring(0, id.indexOf('-') + 1);
    }
}
