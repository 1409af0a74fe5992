package io.chipwatch.cli;

import io.chipwatch.metrics.ChipwatchMetrics;
import io.chipwatch.metrics.MetricsServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import picocli.CommandLine.Option;

/**
 * Where {@code run}, {@code stream} and {@code fetch} serve {@code /metrics} and {@code /health};
 * use with {@code @Mixin}. Loopback by default: metrics say what a deployment watches, which is
 * not for every network the machine is on.
 */
public final class MetricsOptions {

    static final int DEFAULT_PORT = 9464;

    @Option(names = "--metrics-address", paramLabel = "ADDRESS",
            defaultValue = "${env:CHIPWATCH_METRICS_ADDRESS:-127.0.0.1}",
            description = "Address of the /metrics and /health server (default: ${DEFAULT-VALUE}; 0.0.0.0 for all).")
    String address;

    @Option(names = "--metrics-port", paramLabel = "PORT", defaultValue = "${env:CHIPWATCH_METRICS_PORT:-9464}",
            description = "Port of the /metrics and /health server; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--no-metrics", description = "Serve no /metrics or /health.")
    boolean disabled;

    /**
     * Starts the server, or returns null with {@code --no-metrics}; says where on {@code err}.
     *
     * @throws UserError if the address is unknown or the port is taken
     */
    MetricsServer start(ChipwatchMetrics metrics, PrintWriter err) {
        if (disabled) {
            return null;
        }
        if (port < 0 || port > 65_535) {
            throw new UserError("--metrics-port must be between 0 and 65535, got " + port);
        }
        InetAddress host;
        try {
            host = InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            throw new UserError("--metrics-address " + address + " is not a known address", e);
        }
        try {
            MetricsServer server = MetricsServer.start(new InetSocketAddress(host, port), metrics);
            err.println("chipwatch: metrics at " + server.uri() + "metrics, health at " + server.uri() + "health");
            err.flush();
            return server;
        } catch (IOException e) {
            throw new UserError("cannot serve metrics on " + address + ":" + port + " (" + e.getMessage()
                    + "); choose another --metrics-port, 0 for any free one, or --no-metrics", e);
        }
    }
}
