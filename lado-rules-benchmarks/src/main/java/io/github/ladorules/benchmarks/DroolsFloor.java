package io.github.ladorules.benchmarks;

import java.nio.charset.StandardCharsets;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * The least a decision made by Drools can cost here: one rule over one fact, in a session taken from a pool and handed
 * back, as the engine takes its sessions. It decides nothing anyone reads. It is measured beside the plain-Java
 * baseline to show how much of any ratio to that baseline is the price of running a rule engine at all, whatever its
 * rules.
 */
public final class DroolsFloor {
    /** The one fact: a tier, read by the one rule. Public, as its outer class is, so the rule compiler can see it. */
    public static final class Tier {
        private final int value;

        public Tier(int value) {
            this.value = value;
        }

        public int getValue() {
            return value;
        }
    }

    private static final String DRL = """
            package io.github.ladorules.benchmarks.floor;
            import io.github.ladorules.benchmarks.DroolsFloor.Tier;
            rule "a tier of three or more"
            when
                Tier(value >= 3)
            then
            end
            """;

    private final KieSessionsPool pool;

    DroolsFloor() {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        builder.add(ResourceFactory.newByteArrayResource(DRL.getBytes(StandardCharsets.UTF_8)), ResourceType.DRL);
        if (builder.hasErrors()) {
            throw new IllegalStateException(builder.getErrors().toString());
        }
        pool = builder.newKieBase().newKieSessionsPool(1);
    }

    /** Inserts one tier, fires, and hands the session back; returns how many rules fired (one for a tier of 3+). */
    int decide(int tier) {
        KieSession session = pool.newKieSession();
        try {
            session.insert(new Tier(tier));
            return session.fireAllRules();
        } finally {
            session.dispose();
        }
    }
}
