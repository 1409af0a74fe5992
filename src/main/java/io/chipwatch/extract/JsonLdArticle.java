package io.chipwatch.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schema.org article a page describes in its {@code application/ld+json} blocks, when it has
 * one: headline, dates, language, address and (on some sites) the whole body text.
 *
 * <p>Broken JSON-LD is common and is not an error of ours: such a block is skipped (logged at debug
 * level with the page address) and the page is read from its HTML alone.
 */
record JsonLdArticle(String headline, String datePublished, String language, String url, String articleBody) {

    private static final Logger LOG = LoggerFactory.getLogger(JsonLdArticle.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonLdArticle NONE = new JsonLdArticle(null, null, null, null, null);
    private static final Set<String> ARTICLE_TYPES = Set.of(
            "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
            "backgroundnewsarticle", "reviewnewsarticle", "blogposting", "socialmediaposting", "report",
            "techarticle", "scholarlyarticle", "liveblogposting", "webpage", "medicalwebpage");
    /** Guards against JSON-LD bombs: a page with more nodes than this is not walked further. */
    private static final int MAX_NODES = 20_000;

    /** The best article description in the page, or one with every field null. */
    static JsonLdArticle in(Document page, String url) {
        JsonLdArticle best = NONE;
        int bestRank = 0;
        for (Element script : page.select("script[type~=(?i)application/ld\\+json]")) {
            JsonNode root;
            try {
                root = MAPPER.readTree(script.data());
            } catch (JsonProcessingException broken) {
                LOG.debug("skipping unreadable JSON-LD in {}: {}", url, broken.getOriginalMessage());
                continue;
            }
            Deque<JsonNode> pending = new ArrayDeque<>();
            pending.push(root == null ? MAPPER.nullNode() : root);
            int visited = 0;
            while (!pending.isEmpty() && visited++ < MAX_NODES) {
                JsonNode node = pending.pop();
                if (node.isArray()) {
                    node.forEach(pending::push);
                    continue;
                }
                if (!node.isObject()) {
                    continue;
                }
                int rank = rank(node);
                if (rank > bestRank) {
                    best = from(node);
                    bestRank = rank;
                }
                node.forEach(child -> {
                    if (child.isContainerNode()) {
                        pending.push(child);
                    }
                });
            }
        }
        return best;
    }

    /** 0 for an object that is no article; more for an article type, more again with a body. */
    private static int rank(JsonNode node) {
        JsonNode type = node.path("@type");
        boolean article = false;
        boolean page = false;
        for (JsonNode t : type.isArray() ? type : MAPPER.createArrayNode().add(type)) {
            String name = t.asText("").toLowerCase(Locale.ROOT);
            if (ARTICLE_TYPES.contains(name)) {
                article |= !name.endsWith("webpage");
                page |= name.endsWith("webpage");
            }
        }
        if (!article && !page) {
            return 0;
        }
        int rank = article ? 4 : 1;
        if (node.hasNonNull("articleBody")) {
            rank += 2;
        }
        if (node.hasNonNull("datePublished")) {
            rank += 1;
        }
        return rank;
    }

    private static JsonLdArticle from(JsonNode node) {
        return new JsonLdArticle(
                text(node.path("headline")),
                text(node.path("datePublished")),
                text(node.path("inLanguage")),
                url(node),
                text(node.path("articleBody")));
    }

    private static String url(JsonNode node) {
        JsonNode main = node.path("mainEntityOfPage");
        String id = main.isObject() ? text(main.path("@id")) : text(main);
        return id != null ? id : text(node.path("url"));
    }

    private static String text(JsonNode value) {
        if (value.isArray() && !value.isEmpty()) {
            value = value.get(0);
        }
        if (value.isObject()) {
            value = value.path("name");
        }
        String text = value.isValueNode() ? value.asText(null) : null;
        return text == null || text.isBlank() ? null : text.strip();
    }
}
