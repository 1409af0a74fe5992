package io.chipwatch.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What the markup of a page says about an element's purpose: its tag, ARIA role, and the words in
 * its class and id. Sites name their boilerplate with a small shared vocabulary (nav, share,
 * related, newsletter, comments, ad...) and their article with another (article, body, content,
 * story...); these patterns are that vocabulary.
 */
final class NoisePatterns {

    /** Whole class/id words (split on space, dash, underscore) that mark page furniture. */
    private static final Set<String> NEGATIVE_WORDS = Set.of(
            "ad", "ads", "adv", "advert", "dfp", "gpt", "banner", "breadcrumb", "breadcrumbs", "byline", "author",
            "authors", "bio", "share", "sharing", "social", "sns", "comment", "comments", "related", "recirc",
            "popular", "trending", "newsletter", "subscribe", "subscription", "signup", "promo", "promos", "sponsor",
            "sponsored", "partner", "partners", "cookie", "cookies", "consent", "gdpr", "modal", "popup", "overlay",
            "sidebar", "widget", "widgets", "footer", "header", "masthead", "nav", "navbar", "navigation", "menu",
            "toolbar", "tags", "tag", "topics", "keywords", "pagination", "pager", "print", "skip", "meta",
            "dateline", "timestamp", "date", "caption", "credit", "credits", "hidden", "offscreen", "teaser", "rail",
            "aside", "extra", "gallery", "carousel", "slider", "ticker", "toast", "feedback", "rating", "login",
            "register", "follow", "more", "outbrain", "taboola", "disqus", "breaking", "alert", "alerts", "cta",
            "donate", "paid", "contact", "copyright", "legal");
    private static final Pattern WORD_SEPARATORS = Pattern.compile("[\\s_-]+");
    /** Substrings that mark furniture even inside camelCase or run-together names. */
    private static final Pattern NEGATIVE_PART = Pattern.compile(
            "related|comment(?!ary)|newsletter|sharing|sharebar|share-|social|sponsor|promo|outbrain|taboola|"
                    + "cookie|consent|subscri|breadcrumb|sidebar|recommend|disqus|advert|popular|trending|"
                    + "footer|navbar|masthead|signup|sr-only|visually-hidden|screen-reader|readmore|read-more|"
                    + "more-stories|moreStories|newsfeed|adslot|adunit|ad-slot|ad-unit|ad-container|adsbygoogle");
    /** Boilerplate that is removed even from an element also named like content ("article-related"). */
    private static final Pattern STRONG_NEGATIVE = Pattern.compile(
            "related|comment(?!ary)|kommentar|comentario|reaction|discussion|replies|newsletter|cookie|consent|"
                    + "outbrain|taboola|recommend|sponsor|promo|subscri|advert|breadcrumb|popular|trending|signup|"
                    + "(?:^|[\\s_-])(?:ads?|share|sharing|social|byline|author|authors)(?=$|[\\s_-])");
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|main|post|story|text|blog|prose|paragraph|"
                    + "artikel|inhalt|contenu|corps|texte|cuerpo|noticia|nota");
    /** Picture and video boxes: their text is a caption or a credit, not the article's. */
    private static final Pattern MEDIA_BOX = Pattern.compile(
            "pic|photo|image|img|media|figure|video|player|caption|credit|visual|illustration|foto|bild");
    /** Galleries and slideshows, whose captions can run to many sentences. */
    private static final Pattern GALLERY = Pattern.compile("gallery|slideshow|carousel|slider|lightbox|diaporama|galerie");
    /** The summary printed under a headline, which article-body conventions leave out. */
    private static final Pattern STANDFIRST = Pattern.compile(
            "intro|lead|standfirst|chapo|chapeau|summary|description|dek|deck|teaser|subtitle|subhead|excerpt|"
                    + "abstract|bajada|kicker|sapo|entradilla|vorspann");
    /** Names that sites give to the element holding exactly the article's text. */
    private static final Pattern ARTICLE_BODY = Pattern.compile(
            "article[-_]?body|articlebody|article__body|article-text|articletext|article[-_]content|story[-_]?body|"
                    + "entry-content|post-content|post-body|body-text|text-body|articlecontent");
    private static final Set<String> FURNITURE_TAGS = Set.of(
            "nav", "aside", "footer", "form", "dialog", "menu", "button", "select", "textarea", "input",
            "label", "fieldset", "figcaption", "address");
    private static final Set<String> FURNITURE_ROLES = Set.of(
            "navigation", "banner", "complementary", "contentinfo", "search", "dialog", "alertdialog", "menu",
            "menubar", "toolbar", "tablist", "alert", "status");
    private static final Set<String> NEVER_REMOVED = Set.of("html", "body", "main", "article");

    private NoisePatterns() {
    }

    /** The class and id of an element in lower case, the words this class looks at. */
    static String names(Element element) {
        String className = element.className();
        String id = element.id();
        if (className.isEmpty() && id.isEmpty()) {
            return "";
        }
        return (className + " " + id).toLowerCase(Locale.ROOT);
    }

    static boolean isProtected(Element element) {
        return NEVER_REMOVED.contains(element.normalName()) || element.attr("itemprop").equalsIgnoreCase("articleBody");
    }

    /** Whether the page marks this element as the article body (schema.org itemprop or a telling name). */
    static boolean isNamedArticleBody(Element element) {
        return element.attr("itemprop").equalsIgnoreCase("articleBody")
                || element.attr("name").equalsIgnoreCase("articleBody")
                || ARTICLE_BODY.matcher(names(element)).find();
    }

    /** Whether the element's names call it a standfirst (summary under the headline). */
    static boolean isStandfirst(String names) {
        return !names.isEmpty() && STANDFIRST.matcher(names).find();
    }

    /** Whether the element's names call it a picture or video box. */
    static boolean isMediaBox(String names) {
        return !names.isEmpty() && MEDIA_BOX.matcher(names).find();
    }

    /** Whether the element's names call it a gallery or slideshow. */
    static boolean isGallery(String names) {
        return !names.isEmpty() && GALLERY.matcher(names).find();
    }

    static boolean isFurnitureTag(Element element) {
        return FURNITURE_TAGS.contains(element.normalName())
                || FURNITURE_ROLES.contains(element.attr("role").toLowerCase(Locale.ROOT));
    }

    static boolean isNegative(String names) {
        if (names.isEmpty()) {
            return false;
        }
        for (String word : WORD_SEPARATORS.split(names)) {
            if (NEGATIVE_WORDS.contains(word)) {
                return true;
            }
        }
        return NEGATIVE_PART.matcher(names).find();
    }

    static boolean isStrongNegative(String names) {
        return !names.isEmpty() && STRONG_NEGATIVE.matcher(names).find();
    }

    static boolean isPositive(String names) {
        return !names.isEmpty() && POSITIVE.matcher(names).find();
    }

    /** A weight for content scoring: positive for article-like names, negative for furniture. */
    static int weight(Element element) {
        String names = names(element);
        int weight = 0;
        if (isPositive(names)) {
            weight += 25;
        }
        if (isNegative(names)) {
            weight -= 25;
        }
        if (element.attr("itemprop").equalsIgnoreCase("articleBody")) {
            weight += 50;
        }
        return weight;
    }
}
