package dev.mockndes.fault;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonTypeName;

/** Random bytes that are not HTTP (default 64), then the connection closes: a broken middlebox. */
@JsonClassDescription("Random bytes that are not HTTP, then the connection closes. No log line.")
@JsonTypeName("garbage")
public record Garbage(@JsonPropertyDescription("How many bytes (default 64).") @Accepts(min = 1, max = 1 << 20) Integer bytes)
        implements Fault {

    public Garbage {
        bytes = bytes == null ? 64 : bytes;
        if (bytes < 1 || bytes > 1 << 20) {
            throw new IllegalArgumentException("bytes must be between 1 and 1048576");
        }
    }

    @Override
    public void apply(FaultInjector injector) {
        injector.garbageThenClose(bytes);
    }
}
