package io.chipwatch.extract;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The facts a page states about itself rather than in its text: headline, canonical address,
 * publication date and language. Each is looked for in the most deliberate declaration first
 * (JSON-LD and Open Graph, written for machines) and then in looser places.
 */
record PageMetadata(String title, String canonicalUrl, Instant published, String language) {

    /** Meta names and properties that carry the first publication date, most trusted first. */
    private static final List<String> DATE_META = List.of(
            "article:published_time", "og:published_time", "og:article:published_time",
            "datepublished", "publishdate", "publish-date", "pubdate", "publication_date",
            "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date",
            "dcterms.created", "dc.date.created", "date", "article.published", "cxenseparse:recs:publishtime");
    private static final String DATED_ELEMENTS =
            "[class*=date], [class*=published], [class*=pubdate], [id*=date], [class*=timestamp]";
    private static final List<String> LANGUAGE_META = List.of("content-language", "language", "dc.language");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-zA-Z]{2,3}([-_][a-zA-Z0-9]{2,8})*");

    static PageMetadata of(Document page, JsonLdArticle jsonLd, String url) {
        Map<String, String> metas = metas(page);
        return new PageMetadata(title(page, metas, jsonLd), canonical(page, metas, jsonLd, url),
                published(page, metas, jsonLd), language(page, metas, jsonLd));
    }

    private static String title(Document page, Map<String, String> metas, JsonLdArticle jsonLd) {
        String og = metas.get("og:title");
        if (og != null) {
            return og;
        }
        if (jsonLd.headline() != null) {
            return jsonLd.headline();
        }
        Element h1 = page.selectFirst("article h1, h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        String title = page.title().strip();
        return title.isEmpty() ? null : title;
    }

    private static String canonical(Document page, Map<String, String> metas, JsonLdArticle jsonLd, String url) {
        Element link = page.selectFirst("link[rel~=(?i)^canonical$][href]");
        String found = link != null ? link.absUrl("href") : "";
        if (found.isEmpty()) {
            found = absolute(page, metas.get("og:url"));
        }
        if (found.isEmpty()) {
            found = absolute(page, jsonLd.url());
        }
        return found.isEmpty() ? url : found;
    }

    private static String absolute(Document page, String href) {
        if (href == null) {
            return "";
        }
        Element anchor = page.createElement("a").attr("href", href);
        String resolved = anchor.absUrl("href");
        return resolved.isEmpty() && href.matches("(?i)https?://\\S+") ? href : resolved;
    }

    private static Instant published(Document page, Map<String, String> metas, JsonLdArticle jsonLd) {
        Optional<Instant> date = Dates.parse(jsonLd.datePublished());
        for (int i = 0; date.isEmpty() && i < DATE_META.size(); i++) {
            date = Dates.parse(metas.get(DATE_META.get(i)));
        }
        if (date.isEmpty()) {
            Element item = page.selectFirst("[itemprop=datePublished]");
            if (item != null) {
                date = Dates.parse(item.hasAttr("content") ? item.attr("content")
                        : item.hasAttr("datetime") ? item.attr("datetime") : item.text());
            }
        }
        if (date.isEmpty()) {
            Element time = page.selectFirst("article time[datetime], time[pubdate][datetime], time[datetime]");
            date = time == null ? Optional.empty() : Dates.parse(time.attr("datetime"));
        }
        // last resorts: a machine date in the attribute of a "date" element, then one written for readers
        for (Element dated : page.select(DATED_ELEMENTS)) {
            if (date.isPresent()) {
                break;
            }
            date = Dates.parse(dated.attr("title"))
                    .or(() -> Dates.parse(dated.attr("datetime")))
                    .or(() -> Dates.parse(dated.attr("content")))
                    .or(() -> Dates.parseWritten(dated.text()));
        }
        return date.orElse(null);
    }

    private static String language(Document page, Map<String, String> metas, JsonLdArticle jsonLd) {
        String tag = page.selectFirst("html") == null ? "" : page.selectFirst("html").attr("lang");
        for (int i = 0; !isLanguage(tag) && i < LANGUAGE_META.size(); i++) {
            tag = metas.get(LANGUAGE_META.get(i));
        }
        if (!isLanguage(tag)) {
            tag = jsonLd.language();
        }
        if (!isLanguage(tag)) {
            tag = metas.get("og:locale");
        }
        if (!isLanguage(tag)) {
            return null;
        }
        String primary = tag.strip().split("[-_,;\\s]")[0].toLowerCase(Locale.ROOT);
        return primary.length() <= 3 ? primary : null;
    }

    private static boolean isLanguage(String tag) {
        return tag != null && LANGUAGE_TAG.matcher(tag.strip().split("[,;\\s]")[0]).matches();
    }

    /**
     * Every meta tag's content by its name, property, itemprop or http-equiv in lower case; the
     * first one wins, as browsers and crawlers read them.
     */
    private static Map<String, String> metas(Document page) {
        Map<String, String> metas = new HashMap<>();
        for (Element meta : page.getElementsByTag("meta")) {
            String content = meta.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String attribute : List.of("property", "name", "itemprop", "http-equiv")) {
                String key = meta.attr(attribute).strip().toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) {
                    metas.putIfAbsent(key, content);
                }
            }
        }
        return metas;
    }
}
