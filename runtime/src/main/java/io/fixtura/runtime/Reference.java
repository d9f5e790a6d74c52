package io.fixtura.runtime;

/**
 * A foreign key: {@code field} of this entity holds {@code targetField} of {@code target}, whose
 * table is {@code targetTable}.
 */
public record Reference(String field, Class<?> target, String targetTable, String targetField) {
}
