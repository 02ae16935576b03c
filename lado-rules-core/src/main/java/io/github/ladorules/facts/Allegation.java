package io.github.ladorules.facts;

import io.github.ladorules.MadeBy;
import java.time.LocalDate;

/** The allegation an investigation has finished with: its date, whether it was sexual, and who made it. */
public final class Allegation {
    private final LocalDate date;
    private final boolean sexual;
    private final MadeBy madeBy;

    public Allegation(LocalDate date, boolean sexual, MadeBy madeBy) {
        this.date = date;
        this.sexual = sexual;
        this.madeBy = madeBy;
    }

    public LocalDate getDate() { return date; }
    public boolean isSexual() { return sexual; }
    public MadeBy getMadeBy() { return madeBy; }
}
