package io.fixtura.runtime;

/**
 * The SQL a dataset is written in: H2 (the embedded default) or PostgreSQL. It decides column
 * types, which identifiers are quoted and how values are spelled as literals.
 *
 * <pre>{@code String ddl = dataset.ddl(SqlDialect.POSTGRESQL);}</pre>
 */
public enum SqlDialect {
    H2,
    POSTGRESQL
}
