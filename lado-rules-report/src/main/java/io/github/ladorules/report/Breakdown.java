package io.github.ladorules.report;

import java.util.List;

/** One field's values counted over the period's contacts, and again over its referrals. */
public record Breakdown(List<KeyCount> contacts, List<KeyCount> referrals) {
    public Breakdown {
        contacts = List.copyOf(contacts);
        referrals = List.copyOf(referrals);
    }
}
