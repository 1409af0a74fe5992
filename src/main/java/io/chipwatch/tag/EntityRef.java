package io.chipwatch.tag;

/** An entity as other records cite it: id, type and display name. */
public record EntityRef(String id, EntityType type, String name) {
}
