package dev.mockndes.cli;

import dev.mockndes.common.Durations;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;

/** Durations on the command line, in the one grammar of {@link Durations}: {@code 500ms}, {@code 30s}, {@code 2d}, {@code PT30S}. */
final class DurationConverter implements ITypeConverter<Duration> {

    @Override
    public Duration convert(String value) {
        return Durations.parse(value);
    }
}
