package io.chipwatch.metrics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A chipwatch command run from {@code target/chipwatch.jar} as its own process, its output in a file. */
final class ChipwatchProcess implements AutoCloseable {

    private static final Pattern METRICS_URL = Pattern.compile("metrics at (http://\\S+/)metrics");

    private final Process process;
    private final Path log;

    private ChipwatchProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static ChipwatchProcess start(Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("java", "-Xmx384m", "-jar", "target/chipwatch.jar"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("CHIPWATCH_HOME", Path.of("").toAbsolutePath().toString());
        return new ChipwatchProcess(builder.start(), log);
    }

    /** Waits until the output contains {@code text}; fails with the output if it never does. */
    String awaitOutput(String text, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            String out = Files.readString(log);
            if (out.contains(text)) {
                return out;
            }
            if (!process.isAlive()) {
                throw new AssertionError("chipwatch exited with " + process.exitValue() + ":\n" + out);
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
        throw new AssertionError("no '" + text + "' within " + timeout + ":\n" + Files.readString(log));
    }

    /** The base URL of the process's metrics server, once it has printed it. */
    String metricsBase(Duration timeout) throws IOException, InterruptedException {
        Matcher m = METRICS_URL.matcher(awaitOutput("metrics at ", timeout));
        if (!m.find()) {
            throw new AssertionError("no metrics URL in " + Files.readString(log));
        }
        return m.group(1);
    }

    /** Ctrl-C, as a person would stop it; forcibly if it does not stop in time. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(40, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
