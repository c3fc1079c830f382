package dev.mockndes.cli;

import dev.mockndes.common.Durations;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Durations on the command line, in the one grammar of {@link Durations}: {@code 500ms}, {@code 30s}, {@code 2d}, {@code PT30S}. */
final class DurationConverter implements ITypeConverter<Duration> {

    /** @throws TypeConversionException so that picocli shows the message alone */
    @Override
    public Duration convert(String value) {
        try {
            return Durations.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
