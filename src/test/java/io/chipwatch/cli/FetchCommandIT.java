package io.chipwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.chipwatch.kafka.Json;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FetchCommandIT {

    @TempDir
    Path dir;

    private final HttpServer server = start();

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static HttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> {
                try (exchange; InputStream in = FetchCommandIT.class.getResourceAsStream(
                        "/fetch" + exchange.getRequestURI().getPath())) {
                    if (in == null) {
                        exchange.sendResponseHeaders(404, -1);
                        return;
                    }
                    String base = "http://127.0.0.1:" + server.getAddress().getPort();
                    byte[] body = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{base}}", base)
                            .getBytes(StandardCharsets.UTF_8);
                    exchange.sendResponseHeaders(200, body.length);
                    exchange.getResponseBody().write(body);
                }
            });
            server.start();
            return server;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void shouldPrintEachArticleOnceAsJsonLinesInADryRun() throws Exception {
        // given
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        Path opml = dir.resolve("feeds.opml");
        Files.writeString(opml, """
                <?xml version="1.0" encoding="UTF-8"?>
                <opml version="2.0"><head><title>test</title></head><body>
                  <outline text="BIS" type="rss" xmlUrl="%1$s/feeds/bis-federal-register.rss"/>
                  <outline text="Commerce" type="rss" xmlUrl="%1$s/feeds/commerce-press.atom"/>
                  <outline text="MOFCOM list" type="link" url="%1$s/articles/press-list.html" selector=".list a"/>
                  <outline text="Unreachable" type="rss" xmlUrl="https://feeds.invalid/rss"/>
                </body></opml>
                """.formatted(base));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        picocli.CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));

        // when
        int code = cmd.execute("fetch", "--once", "--dry-run", "--opml", opml.toString(), "--allow-network", "127.0.0.0/8");

        // then
        assertThat(code).isZero();
        List<JsonNode> lines = out.toString().lines().map(FetchCommandIT::json).toList();
        assertThat(lines).extracting(l -> l.get("url").asText()).containsExactlyInAnyOrder(
                base + "/articles/entity-list-additions.html",
                base + "/articles/h20-license-requirement.html",
                base + "/articles/withdrawn-guidance.html",
                base + "/articles/h200-approval.html",
                base + "/articles/rare-earth-controls.html",
                base + "/articles/press/announcement-62.html");
        assertThat(lines).allSatisfy(l -> assertThat(l.fieldNames()).toIterable()
                .contains("id", "url", "title", "source", "text", "fetchedAt", "feed"));
        assertThat(err.toString()).contains("chipwatch: feed https://feeds.invalid/rss: cannot resolve feeds.invalid",
                "chipwatch: polled 4 feeds, 3 ok, 1 failing");
    }

    private static JsonNode json(String line) {
        try {
            return Json.MAPPER.readTree(line);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }
}
