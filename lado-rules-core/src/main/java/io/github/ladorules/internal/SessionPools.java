package io.github.ladorules.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * Sessions kept for reuse, one Drools pool per rule base, for as long as the engine that owns them. A new session
 * builds the memory of every rule node it reaches afresh, which cost more than the rules' own work on a small case
 * (most of a warm evaluation, profiled); a pooled session keeps that memory and is reset by Drools when it is
 * disposed (its facts, agenda, fact-handle and recency counters cleared), so the next run starts as a new session
 * would. A pool holds at most as many sessions as were ever in use at once, so it is bounded by the callers' threads.
 * Thread-safe.
 */
final class SessionPools {
    /** Sessions made when a pool is first used; it grows past this on demand. */
    private static final int INITIAL = 1;
    private final Map<KieBase, KieSessionsPool> pools = new ConcurrentHashMap<>();

    /** A session from the rule base's pool; {@link KieSession#dispose()} resets it and hands it back. */
    KieSession open(KieBase kieBase) {
        return pools.computeIfAbsent(kieBase, base -> base.newKieSessionsPool(INITIAL)).newKieSession();
    }
}
