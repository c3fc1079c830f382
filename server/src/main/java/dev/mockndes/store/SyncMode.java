package dev.mockndes.store;

/** How a {@link RecordLog} makes appended records durable. */
public enum SyncMode {
    /** Concurrent writers share one fsync: the default. */
    GROUP,
    /** Every record is forced by its own fsync, one after another: the baseline group commit is measured against. */
    EACH,
    /** Never forced: only for filling a journal in a benchmark. Not crash-safe. */
    NONE
}
