package dev.mockndes.support;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs an external program to completion with a time limit, capturing its combined output. */
public final class Processes {
    private Processes() {
    }

    public record Result(int exitCode, String output) {
    }

    public static Result run(Path directory, long timeoutSeconds, List<String> command) throws IOException, InterruptedException {
        return run(directory, timeoutSeconds, command, java.util.Map.of());
    }

    /** @param environment variables set for the program (a null value removes one it would inherit) */
    public static Result run(Path directory, long timeoutSeconds, List<String> command, java.util.Map<String, String> environment)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        environment.forEach((name, value) -> {
            if (value == null) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
        Process process = builder.start();
        process.getOutputStream().close();
        byte[][] output = new byte[1][];
        Thread reader = new Thread(() -> {
            try {
                output[0] = process.getInputStream().readAllBytes();
            } catch (IOException e) {
                output[0] = e.toString().getBytes(StandardCharsets.UTF_8);
            }
        });
        reader.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            reader.join();
            throw new AssertionError(command.get(0) + " did not finish within " + timeoutSeconds + " s: "
                    + new String(output[0], StandardCharsets.UTF_8));
        }
        reader.join();
        return new Result(process.exitValue(), new String(output[0], StandardCharsets.UTF_8));
    }

    /** The absolute path of a program on the PATH, or an assertion error naming the package that provides it. */
    public static String require(String program, String debianPackage) {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            File candidate = new File(directory, program);
            if (candidate.canExecute()) {
                return candidate.getAbsolutePath();
            }
        }
        throw new AssertionError(program + " is not installed: run 'apt-get install -y " + debianPackage + "' (.ci/run does)");
    }
}
