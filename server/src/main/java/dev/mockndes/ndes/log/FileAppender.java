package dev.mockndes.ndes.log;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Appends each file's share of a batch in one write. Files are opened per batch and closed after
 * it, so no handle is held between batches, a file removed by hand is recreated, and closing is
 * the flush. A file gets its header only when it is empty at that moment.
 */
final class FileAppender implements BatchWriter {

    @Override
    public int write(List<LogLine> batch) {
        Map<Path, List<LogLine>> byFile = new LinkedHashMap<>();
        for (LogLine line : batch) {
            byFile.computeIfAbsent(line.file().path(), p -> new ArrayList<>()).add(line);
        }
        int failed = 0;
        for (Map.Entry<Path, List<LogLine>> file : byFile.entrySet()) {
            try {
                append(file.getKey(), file.getValue());
            } catch (IOException | RuntimeException e) {
                failed += file.getValue().size();
            }
        }
        return failed;
    }

    private static void append(Path path, List<LogLine> lines) throws IOException {
        if (path.getParent() != null && !Files.isDirectory(path.getParent())) {
            Files.createDirectories(path.getParent()); // only when missing: on an existing folder it costs an exception
        }
        try (FileChannel channel = FileChannel.open(path,
                StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            StringBuilder text = new StringBuilder();
            if (channel.size() == 0) {
                LogFile file = lines.get(0).file();
                file.header().forEach(h -> text.append(h).append(file.lineEnd()));
            }
            lines.forEach(l -> text.append(l.text()).append(l.file().lineEnd()));
            ByteBuffer bytes = StandardCharsets.UTF_8.encode(text.toString());
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        }
    }
}
