package io.chipwatch.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.chipwatch.extract.ArticleExtractor;
import io.chipwatch.extract.ExtractedArticle;
import io.chipwatch.kafka.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code chipwatch extract}: the article in one saved page, as one JSON object, without Kafka. */
@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        description = {
            "Print the article in an HTML page as one JSON object:",
            "{\"url\",\"canonicalUrl\",\"title\",\"published\",\"language\",\"text\"}",
            "(text = the main body only, paragraphs separated by blank lines; absent facts are null).",
            "The charset comes from the page's byte-order mark or <meta charset> (UTF-8 otherwise);",
            "pages are read up to " + ArticleExtractor.MAX_BYTES / (1024 * 1024) + " MiB."})
public final class ExtractCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--url", paramLabel = "URL",
            description = "Address the page was fetched from: reported as \"url\" and used to resolve a relative"
                    + " canonical link. Optional; default: file:// address of FILE (empty for stdin).")
    private String url;

    @Parameters(index = "0", paramLabel = "FILE", description = "The saved page, or - for standard input.")
    private String file;

    @Override
    public Integer call() throws IOException {
        ArticleExtractor extractor = new ArticleExtractor();
        ExtractedArticle article;
        if (file.equals("-")) {
            article = extractor.extract(System.in, null, url == null ? "" : url);
        } else {
            Path path = Path.of(file);
            if (!Files.exists(path)) {
                throw new UserError("no such file: " + file);
            }
            if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
                throw new UserError("not a readable file: " + file);
            }
            try (InputStream in = Files.newInputStream(path)) {
                article = extractor.extract(in, null, url == null ? path.toAbsolutePath().toUri().toString() : url);
            } catch (NoSuchFileException gone) {
                throw new UserError("no such file: " + file, gone);
            }
        }
        ObjectWriter writer = Json.MAPPER.copy()
                .setDefaultPropertyInclusion(JsonInclude.Include.ALWAYS)
                .writer();
        PrintWriter out = spec.commandLine().getOut();
        out.println(writer.writeValueAsString(article));
        out.flush();
        return 0;
    }
}
