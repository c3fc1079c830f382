package dev.mockndes.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The scenario files shipped on the class path under {@code scenarios/}, from a jar or a folder.
 * The folder is found through {@code scenarios/healthy.yaml}, which every library has (it is what
 * scenarios build on); every other {@code *.yaml} beside it is listed, so there is no list to keep.
 * Messages name the files {@code classpath:scenarios/NAME.yaml}.
 */
final class ClasspathScenarios {
    static final String ANCHOR = "scenarios/healthy.yaml";

    private ClasspathScenarios() {
    }

    static List<ScenarioFile> read(ClassLoader loader) {
        URL anchor = loader.getResource(ANCHOR);
        if (anchor == null) {
            throw new IllegalStateException("no built-in scenarios: " + ANCHOR + " is not on the class path");
        }
        try {
            URI uri = anchor.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return readFolder(Path.of(uri).getParent());
            }
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return readFolder(jar.provider().getPath(uri).getParent());
            } catch (FileSystemAlreadyExistsException e) {
                return readFolder(Path.of(uri).getParent());
            }
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot list the built-in scenarios beside " + anchor, e);
        }
    }

    private static List<ScenarioFile> readFolder(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().map(ClasspathScenarios::readOne).toList();
        }
    }

    private static ScenarioFile readOne(Path file) {
        String fileName = file.getFileName().toString();
        try {
            return ScenarioLoader.read("classpath:scenarios/" + fileName, Files.readString(file),
                    fileName.substring(0, fileName.length() - ".yaml".length()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
