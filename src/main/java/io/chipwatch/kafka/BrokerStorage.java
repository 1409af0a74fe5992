package io.chipwatch.kafka;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.metadata.properties.MetaPropertiesEnsemble;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Formats the broker's log directory once, the way {@code kafka-storage.sh format} does. */
final class BrokerStorage {

    private static final Logger LOG = LoggerFactory.getLogger(BrokerStorage.class);

    private BrokerStorage() {
    }

    /** Formats {@code kafkaDir} with a new cluster id unless it already holds {@code meta.properties}. */
    static void formatIfNeeded(int nodeId, Path kafkaDir) {
        if (Files.exists(kafkaDir.resolve(MetaPropertiesEnsemble.META_PROPERTIES_NAME))) {
            LOG.debug("reusing formatted Kafka storage in {}", kafkaDir);
            return;
        }
        try {
            Files.createDirectories(kafkaDir);
            String dir = kafkaDir.toAbsolutePath().toString();
            // One directory holds both the data and the metadata log, as log.dirs says.
            new Formatter()
                    .setClusterId(Uuid.randomUuid().toString())
                    .setNodeId(nodeId)
                    .setDirectories(List.of(dir))
                    .setMetadataLogDirectory(dir)
                    .setControllerListenerName(BrokerProperties.CONTROLLER_LISTENER)
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .setPrintStream(new PrintStream(new LogLines(), true, StandardCharsets.UTF_8))
                    .run();
            LOG.info("formatted new Kafka storage in {}", kafkaDir);
        } catch (Exception e) {
            throw new BrokerStartException("cannot format Kafka storage in " + kafkaDir + ": " + e.getMessage(), e);
        }
    }

    /** The formatter reports on a PrintStream; its lines belong in the log, not on stdout. */
    private static final class LogLines extends OutputStream {
        private final StringBuilder line = new StringBuilder();

        @Override
        public void write(int b) {
            if (b == '\n') {
                LOG.debug("{}", line);
                line.setLength(0);
            } else {
                line.append((char) b);
            }
        }
    }
}
