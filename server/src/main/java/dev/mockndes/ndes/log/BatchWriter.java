package dev.mockndes.ndes.log;

import java.util.List;

/** Appends batches of lines; called only from the sink's single writer thread. */
interface BatchWriter {

    /**
     * Appends every line of the batch to its file, keeping their order within each file, and
     * flushes before returning.
     *
     * @return how many lines could not be written
     */
    int write(List<LogLine> batch);
}
