package io.fixtura.runtime.sql;

import io.fixtura.runtime.SqlDialect;

/**
 * How statements spell tables and columns: by default {@link Names#of}; a loader writing into
 * tables that already exist spells them as the database stores them.
 */
interface Spelling {

    String table(String table);

    String column(String table, String column);

    /** Names as Fixtura spells them in {@code dialect}. */
    static Spelling of(SqlDialect dialect) {
        return new Spelling() {
            @Override
            public String table(String table) {
                return Names.of(table, dialect);
            }

            @Override
            public String column(String table, String column) {
                return Names.of(column, dialect);
            }
        };
    }
}
