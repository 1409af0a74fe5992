package io.chipwatch.cli;

import io.chipwatch.kafka.TopicSpec;
import io.chipwatch.kafka.TopicSpecException;
import io.chipwatch.kafka.TopicSpecs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** Where the topic specs live and how many replicas the cluster wants; shared by the topic commands. */
public final class TopicSpecOptions {

    @Option(names = "--topics-dir", paramLabel = "DIR",
            description = "Directory of topic specs, one YAML file per topic (default: the repository's topics/, "
                    + "else the copy in the jar).")
    Path dir;

    /** Where the repository is: set by bin/chipwatch, so the default works from any directory. */
    @Option(names = "--topics-home", hidden = true, defaultValue = "${env:CHIPWATCH_HOME:-.}")
    Path home;

    @Option(names = "--replication-factor", paramLabel = "N",
            description = "Replicas per partition, overriding the files (which say 1 for a single broker); "
                    + "3 for a three-broker cluster.")
    Short replicationFactor;

    /**
     * The specs, with the replication factor applied.
     *
     * @throws UserError naming the file and line of an invalid spec
     */
    public List<TopicSpec> load() {
        if (replicationFactor != null && replicationFactor < 1) {
            throw new UserError("--replication-factor must be at least 1, got " + replicationFactor);
        }
        try {
            List<TopicSpec> specs = dir != null ? TopicSpecs.load(dir)
                    : Files.isDirectory(home.resolve("topics")) ? TopicSpecs.load(home.resolve("topics"))
                    : TopicSpecs.loadBundled();
            return replicationFactor == null
                    ? specs
                    : specs.stream().map(spec -> spec.withReplicationFactor(replicationFactor)).toList();
        } catch (TopicSpecException e) {
            throw new UserError(e.getMessage(), e);
        }
    }
}
