package io.chipwatch.tag;

/**
 * One place where the text names a watchlist entity.
 *
 * @param entity   the entity id, {@code type-prefix:slug}, e.g. {@code chip:nvidia-h20}
 * @param type     the entity's type
 * @param name     the entity's display name
 * @param surface  the text as written, {@code text.substring(start, end)}
 * @param start    offset of the first character, in UTF-16 code units of the article text
 * @param end      offset just past the last character
 * @param sentence index of the sentence the mention sits in, from 0
 */
public record Mention(String entity, EntityType type, String name, String surface, int start, int end, int sentence) {
}
