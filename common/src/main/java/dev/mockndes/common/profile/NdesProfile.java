package dev.mockndes.common.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a client sees of one NDES: the recorded answers to each {@link ProfileProbe} and the shape of
 * its GetCACert chain.
 *
 * @param version      the format version; this code reads {@link #VERSION}
 * @param recordedFrom the SCEP URL that was recorded
 * @param recordedAt   when (ISO-8601, UTC): the replay keeps each certificate's age at this moment
 * @param recordedBy   the recording tool and its version
 * @param answers      one answer per probe, in the order they were sent
 * @param caCert       GetCACert's certificates; null when GetCACert did not answer with certificates
 */
public record NdesProfile(@JsonProperty(required = true) int version, @JsonProperty(required = true) String recordedFrom,
                          @JsonProperty(required = true) String recordedAt, String recordedBy,
                          @JsonProperty(required = true) List<RecordedAnswer> answers, RecordedChain caCert) {
    public static final int VERSION = 1;

    public NdesProfile {
        if (version != VERSION) {
            throw new IllegalArgumentException("profile version " + version + " is not readable by this mock-ndes (it reads version "
                    + VERSION + "); record the server again");
        }
        RecordedCertificate.instant(recordedAt, "recordedAt");
        answers = List.copyOf(answers);
        if (answers.stream().map(RecordedAnswer::probe).distinct().count() != answers.size()) {
            throw new IllegalArgumentException("a probe is answered twice; each probe has one answer");
        }
    }

    public Instant recordedInstant() {
        return Instant.parse(recordedAt);
    }

    public Optional<RecordedAnswer> answer(ProfileProbe probe) {
        return answers.stream().filter(a -> a.kind() == probe).findFirst();
    }

    public Optional<RecordedChain> chain() {
        return Optional.ofNullable(caCert);
    }
}
