package io.chipwatch.tag;

import io.chipwatch.article.Article;
import java.util.List;

/** An article with the mentions found in its text, as carried on {@code chipwatch.articles.tagged}. */
public record TaggedArticle(Article article, List<Mention> mentions) {

    public TaggedArticle {
        mentions = List.copyOf(mentions);
    }
}
