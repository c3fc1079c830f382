package dev.mockndes.ndes.log;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Function;

/**
 * Picks the IIS file by the request's UTC date, so a request is logged in its own day's file
 * even when it is written after midnight. A file started on a date change gets a header dated
 * by the clock (when the log started the file), which is written only if the file is empty.
 */
final class IisDailyFiles implements Function<IisRequest, LogFile> {
    private record Day(LocalDate date, LogFile file) {
    }

    private final Path dir;
    private final Clock clock;
    private volatile Day current;

    IisDailyFiles(Path dir, Clock clock) {
        this.dir = dir;
        this.clock = clock;
    }

    @Override
    public LogFile apply(IisRequest request) {
        LocalDate date = LocalDate.ofInstant(request.time(), ZoneOffset.UTC);
        Day day = current;
        if (day == null || !day.date().equals(date)) {
            day = new Day(date, LogFile.windows(LogLayout.iisFile(dir, date), IisW3cFormat.header(clock.instant())));
            current = day;
        }
        return day.file();
    }
}
