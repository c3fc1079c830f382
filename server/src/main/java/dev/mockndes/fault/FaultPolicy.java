package dev.mockndes.fault;

import dev.mockndes.web.WebRequest;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/** Decides, once per request and before any application sees it, whether the request is faulted. */
@FunctionalInterface
public interface FaultPolicy {

    Optional<Fault> faultFor(WebRequest request);

    /** The policy to decide one request with; a switchable policy returns the one in force, so decision and jitter agree. */
    default FaultPolicy inForce() {
        return this;
    }

    /** The random source faults draw jitter from. */
    default RandomGenerator random() {
        return new SplittableRandom(0);
    }

    /**
     * The TLS defect a new connection is handshaken with, decided when the connection opens (no
     * request exists yet); empty for a sound handshake.
     */
    default Optional<TlsDefect> tlsDefect() {
        return Optional.empty();
    }

    FaultPolicy NONE = request -> Optional.empty();
}
