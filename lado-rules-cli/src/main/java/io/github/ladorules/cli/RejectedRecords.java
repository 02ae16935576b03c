package io.github.ladorules.cli;

import io.github.ladorules.report.RejectedRecord;
import java.io.PrintWriter;
import java.util.function.Consumer;

/**
 * Prints each skipped record as it is met: file, line and fields, never the record's content. After a screenful it
 * only counts, so a badly broken export cannot flood the terminal.
 */
final class RejectedRecords implements Consumer<RejectedRecord> {
    private static final int MAX_LINES = 50;
    private final PrintWriter err;
    private int count;

    RejectedRecords(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void accept(RejectedRecord rejected) {
        count++;
        if (count <= MAX_LINES) {
            err.println("lado-rules: skipped a record: " + rejected);
        }
    }

    void printCount() {
        if (count > MAX_LINES) {
            err.println("lado-rules: … and " + (count - MAX_LINES) + " more skipped records");
        }
        err.println("lado-rules: " + count + (count == 1 ? " record" : " records") + " skipped as invalid");
        err.flush();
    }
}
