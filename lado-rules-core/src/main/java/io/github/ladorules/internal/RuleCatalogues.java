package io.github.ladorules.internal;

import io.github.ladorules.EditionInfo;
import io.github.ladorules.RuleInfo;
import java.util.List;

/** Lists an edition's rules for the API, the rule book and the linter. */
public final class RuleCatalogues {
    private RuleCatalogues() {
    }

    public static List<RuleInfo> rules(EditionCatalogue catalogue, EditionInfo edition) {
        return catalogue.compiled(edition).rules();
    }
}
