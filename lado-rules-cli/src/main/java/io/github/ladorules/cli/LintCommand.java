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
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code lado-rules lint}: checks the rule files a policy lead edits. Loading an edition already refuses a rule
 * without an id, text or citation, a duplicate id, an undeclared document and editions that leave a gap; lint
 * compiles every edition to surface those.
 */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Check the rule files: every edition compiles, rule ids are unique, "
                + "every rule has a text and a citation, editions are contiguous.")
final class LintCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    EngineOptions options;

    @Override
    public Integer call() {
        LadoEngine engine = options.engine();
        List<RulesException.Problem> problems = new ArrayList<>();
        int rules = 0;
        for (EditionInfo edition : engine.editions()) {
            List<RuleInfo> editionRules = engine.rules(edition.id());
            rules += editionRules.size();
        }
        if (!problems.isEmpty()) {
            throw new RulesException(problems);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("ok: %d editions, %d rules; every rule has an id, a text and a citation%n",
                engine.editions().size(), rules);
        out.flush();
        return ExitCodes.OK;
    }
}
