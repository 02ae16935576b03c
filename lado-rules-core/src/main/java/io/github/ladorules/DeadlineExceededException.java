package io.github.ladorules;

import java.time.Duration;

/**
 * An evaluation took longer than the engine's deadline ({@link LadoEngine.Builder#deadline(Duration)}) and was
 * stopped; nothing was decided. Every case the schema allows finishes far inside the default deadline on an
 * ordinary machine, so this means an overloaded machine, a deadline set too short, or rules that loop.
 */
public final class DeadlineExceededException extends LadoRulesException {
    private final transient Duration deadline;

    public DeadlineExceededException(Duration deadline) {
        super("the evaluation took longer than " + describe(deadline) + " and was stopped; nothing was decided");
        this.deadline = deadline;
    }

    /** The deadline that was passed. */
    public Duration deadline() {
        return deadline;
    }

    /** "30 s", or "250 ms" under a second. */
    static String describe(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
