package dev.mockndes.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;

/**
 * Where in the chain device → proxy → IIS → mscep.dll → policy module → CA a scenario breaks, and the
 * line a troubleshooter finds there, e.g.
 * {@code breaks: {hop: ca, log: "Application log, Event 31 (NDESConnector): ... (0x800706ba)"}}.
 * The loader checks the hop against {@link Hop} (with the file's line); this record accepts any word
 * so that a message can point at the key.
 *
 * @param hop one of {@link Hop#words()}
 * @param log where to look and what it says there: the log, the event or the page, then the line
 */
public record Breaks(@JsonProperty(required = true) String hop, @JsonProperty(required = true) String log) {

    /** The hop, when the word names one. */
    public Optional<Hop> where() {
        return Hop.fromWord(hop);
    }
}
