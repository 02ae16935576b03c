package io.github.ladorules.report;

import java.util.ArrayList;
import java.util.List;

/** A sink that keeps what it is given, for tests. */
final class Collect implements RecordSink {
    final List<LadoRecord> records = new ArrayList<>();
    final List<RejectedRecord> rejected = new ArrayList<>();

    @Override
    public void accept(LadoRecord record) {
        records.add(record);
    }

    @Override
    public void reject(RejectedRecord r) {
        rejected.add(r);
    }
}
