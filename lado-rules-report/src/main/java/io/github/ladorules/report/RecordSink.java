package io.github.ladorules.report;

/** Receives records as they are read, one at a time, so a year of records never has to be held in memory. */
public interface RecordSink {
    /** A valid record. */
    void accept(LadoRecord record);

    /** A record that failed validation and is skipped. */
    void reject(RejectedRecord rejected);
}
