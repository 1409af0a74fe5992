package io.chipwatch.cli;

import io.chipwatch.kafka.BrokerSettings;
import io.chipwatch.kafka.ConnectionConfig;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The Kafka options every command that talks to Kafka shares; use it with {@code @Mixin}. Turns
 * into one immutable {@link ConnectionConfig} through {@link #toConfig()}.
 */
public final class KafkaOptions {

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,...]",
            defaultValue = "${env:KAFKA_BOOTSTRAP_SERVERS}",
            description = "An existing Kafka cluster (default: $KAFKA_BOOTSTRAP_SERVERS, else bootstrap.servers "
                    + "from --config, else an embedded broker).")
    String bootstrapServers;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Kafka client properties; keys prefixed admin., producer., consumer. or streams. "
                    + "apply to that client only, the rest to all.")
    Path configFile;

    @Mixin
    BrokerOptions broker = new BrokerOptions();

    /**
     * The connection these options describe.
     *
     * @throws UserError if the properties file cannot be read or the port is out of range
     */
    public ConnectionConfig toConfig() {
        BrokerSettings settings = broker.toSettings();
        Map<String, String> clientProperties = configFile == null ? Map.of() : load(configFile);
        Optional<String> servers = Optional.ofNullable(bootstrapServers)
                .filter(s -> !s.isBlank())
                .or(() -> Optional.ofNullable(clientProperties.get("bootstrap.servers")));
        return new ConnectionConfig(servers, clientProperties, settings);
    }

    private static Map<String, String> load(Path file) {
        Properties props = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(reader);
        } catch (NoSuchFileException e) {
            throw new UserError("Kafka config file " + file + " not found", e);
        } catch (IOException | IllegalArgumentException e) {
            throw new UserError("cannot read Kafka config file " + file + ": " + e.getMessage(), e);
        }
        Map<String, String> map = new TreeMap<>();
        props.stringPropertyNames().forEach(key -> map.put(key, props.getProperty(key).strip()));
        return map;
    }
}
