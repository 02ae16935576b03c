package io.github.ladorules.facts;

import io.github.ladorules.Route;
import org.kie.api.runtime.rule.RuleContext;

/** Where this adult's concern goes next. Exactly one rule must choose a route per adult. */
public final class RouteTo extends Finding {
    private final Route route;

    public RouteTo(RuleContext kcontext, Subject subject, Route route) {
        super(kcontext, subject);
        this.route = route;
    }

    public Route getRoute() { return route; }
}
