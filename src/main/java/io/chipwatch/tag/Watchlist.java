package io.chipwatch.tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The curated list of chips, companies and regulators chipwatch looks for, and the phrases it
 * must never mistake for them ({@code ignore}: "CAC 40", "Washington Post"...). Immutable; a
 * changed file makes a new instance (see {@link WatchlistSource}).
 */
public final class Watchlist {

    /** Where the analyst edits it, relative to the working directory. */
    public static final Path DEFAULT_FILE = Path.of("seeds", "watchlist.yaml");
    /** The copy the build puts in the jar. */
    static final String RESOURCE = "/seeds/watchlist.yaml";

    private final String source;
    private final List<Entity> entities;
    private final Map<String, Entity> byId;
    private final List<String> ignore;

    private Watchlist(String source, List<Entity> entities, List<String> ignore) {
        this.source = source;
        this.entities = List.copyOf(entities);
        this.ignore = List.copyOf(ignore);
        Map<String, Entity> index = new LinkedHashMap<>();
        for (Entity e : this.entities) {
            if (index.putIfAbsent(e.id(), e) != null) {
                throw new WatchlistException(source + ": duplicate id " + e.id());
            }
        }
        this.byId = index;
    }

    /**
     * Reads and validates a watchlist file.
     *
     * @throws WatchlistException naming the file and line of the first problem
     */
    public static Watchlist load(Path yamlFile) {
        try (Reader reader = Files.newBufferedReader(yamlFile, StandardCharsets.UTF_8)) {
            return parse(yamlFile.toString(), reader);
        } catch (IOException e) {
            throw new WatchlistException(yamlFile + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** {@code seeds/watchlist.yaml} under the working directory, else the copy bundled in the jar. */
    public static Watchlist loadDefault() {
        if (Files.isRegularFile(DEFAULT_FILE)) {
            return load(DEFAULT_FILE);
        }
        try (InputStream in = Watchlist.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new WatchlistException("no " + DEFAULT_FILE + " in the working directory and no bundled "
                        + RESOURCE + " on the classpath");
            }
            return parse("classpath:" + RESOURCE, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new WatchlistException("classpath:" + RESOURCE + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Parses YAML text; {@code name} is used in error messages. */
    public static Watchlist parse(String name, String yaml) {
        return parse(name, new StringReader(yaml));
    }

    private static Watchlist parse(String name, Reader reader) {
        WatchlistReader.Parsed parsed = WatchlistReader.read(name, reader);
        WatchlistValidator.validate(parsed);
        return new Watchlist(name,
                parsed.entities().stream().map(WatchlistReader.Located::value).toList(),
                parsed.ignore().stream().map(WatchlistReader.Located::value).toList());
    }

    /** A watchlist built in code (benchmarks, tests); only ids are checked for uniqueness. */
    public static Watchlist of(String source, List<Entity> entities, List<String> ignore) {
        return new Watchlist(source, entities, ignore);
    }

    public Optional<Entity> entity(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<Entity> entities() {
        return entities;
    }

    /** Phrases that are never mentions, however much they look like one. */
    public List<String> ignore() {
        return ignore;
    }

    /** The regulator marked {@code government: true} for that jurisdiction, e.g. {@code us} -> {@code regulator:us-government}. */
    public Optional<Entity> governmentOf(String jurisdiction) {
        return entities.stream()
                .filter(e -> e.government() && jurisdiction.equals(e.jurisdiction()))
                .findFirst();
    }

    /** The file or resource it was read from. */
    public String source() {
        return source;
    }

    @Override
    public String toString() {
        return "Watchlist[" + source + ", " + entities.size() + " entities]";
    }
}
