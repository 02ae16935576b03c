package io.github.ladorules.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Counts of an enum's values; listed by count (highest first) then name, with values never seen left out. */
final class Tally<E extends Enum<E>> {
    private final EnumMap<E, Integer> counts;

    Tally(Class<E> type) {
        this.counts = new EnumMap<>(type);
    }

    void add(E value) {
        if (value != null) {
            counts.merge(value, 1, Integer::sum);
        }
    }

    List<KeyCount> list(int of) {
        List<KeyCount> list = new ArrayList<>();
        for (Map.Entry<E, Integer> e : counts.entrySet()) {
            list.add(new KeyCount(e.getKey().name(), e.getValue(), Percent.of(e.getValue(), of)));
        }
        list.sort(Comparator.comparingInt(KeyCount::count).reversed().thenComparing(KeyCount::key));
        return List.copyOf(list);
    }
}
