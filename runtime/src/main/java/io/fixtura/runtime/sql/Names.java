package io.fixtura.runtime.sql;

import io.fixtura.runtime.SqlDialect;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Spells table and column names in SQL: as they are when the dialect reads them unquoted as the
 * same name (lower-case letters, digits, underscores, not a keyword), quoted otherwise, so a table
 * named {@code order} or {@code user} works.
 */
final class Names {

    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_]*");

    /** H2 2.x keywords that cannot be used as plain identifiers. */
    private static final Set<String> H2_KEYWORDS = Set.of("all", "and", "any", "array", "as", "asymmetric",
            "authorization", "between", "both", "case", "cast", "check", "constraint", "cross", "current_catalog",
            "current_date", "current_path", "current_role", "current_schema", "current_time", "current_timestamp",
            "current_user", "day", "default", "distinct", "else", "end", "except", "exists", "false", "fetch", "for",
            "foreign", "from", "full", "group", "groups", "having", "hour", "if", "ilike", "in", "inner",
            "intersect", "interval", "is", "join", "key", "leading", "left", "like", "limit", "localtime",
            "localtimestamp", "minus", "minute", "month", "natural", "not", "null", "offset", "on", "or", "order",
            "over", "partition", "primary", "qualify", "range", "regexp", "right", "row", "rownum", "rows",
            "second", "select", "session_user", "set", "some", "symmetric", "system_user", "table", "to", "top",
            "trailing", "true", "uescape", "union", "unique", "unknown", "user", "using", "value", "values", "when",
            "where", "window", "with", "year", "_rowid_");

    /** PostgreSQL's reserved keywords, including those that may only name functions and types. */
    private static final Set<String> POSTGRESQL_KEYWORDS = Set.of("all", "analyse", "analyze", "and", "any", "array",
            "as", "asc", "asymmetric", "authorization", "binary", "both", "case", "cast", "check", "collate",
            "collation", "column", "concurrently", "constraint", "create", "cross", "current_catalog", "current_date",
            "current_role", "current_schema", "current_time", "current_timestamp", "current_user", "default",
            "deferrable", "desc", "distinct", "do", "else", "end", "except", "false", "fetch", "for", "foreign",
            "freeze", "from", "full", "grant", "group", "having", "ilike", "in", "initially", "inner", "intersect",
            "into", "is", "isnull", "join", "lateral", "leading", "left", "like", "limit", "localtime",
            "localtimestamp", "natural", "not", "notnull", "null", "offset", "on", "only", "or", "order", "outer",
            "overlaps", "placing", "primary", "references", "returning", "right", "select", "session_user",
            "similar", "some", "symmetric", "system_user", "table", "tablesample", "then", "to", "trailing", "true",
            "union", "unique", "user", "using", "variadic", "verbose", "when", "where", "window", "with");

    private Names() {
    }

    /** {@code name} as an identifier: plain if the dialect reads it back as the same name, else quoted. */
    static String of(String name, SqlDialect dialect) {
        return needsQuotes(name, dialect) ? quoted(name) : name;
    }

    /** Whether {@code name} must be quoted to mean itself in {@code dialect}. */
    static boolean needsQuotes(String name, SqlDialect dialect) {
        if (!PLAIN.matcher(name).matches()) {
            return true;
        }
        return (dialect == SqlDialect.H2 ? H2_KEYWORDS : POSTGRESQL_KEYWORDS).contains(name);
    }

    /** {@code name} in double quotes, inner quotes doubled: exactly this name, case kept. */
    static String quoted(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /**
     * The name the database stores for identifier {@code name} as {@link #of} spells it: quoted
     * names as they are, plain ones folded the way the database folds them.
     */
    static String stored(String name, SqlDialect dialect, boolean upperCase) {
        if (needsQuotes(name, dialect)) {
            return name;
        }
        return upperCase ? name.toUpperCase(Locale.ROOT) : name.toLowerCase(Locale.ROOT);
    }
}
