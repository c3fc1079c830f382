package dev.mockndes.ndes.log;

/** A formatted line (without terminator) waiting to be appended to its file. */
record LogLine(LogFile file, String text) {
}
