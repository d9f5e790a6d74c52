package io.fixtura.runtime.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fixtura.runtime.FieldModel;
import io.fixtura.runtime.SqlDialect;
import io.fixtura.runtime.SqlType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SqlLiteralsTest {

    private static final SqlDialect H2 = SqlDialect.H2;
    private static final SqlDialect PG = SqlDialect.POSTGRESQL;

    @Test
    void quotesAreDoubledAndBackslashesLeftAlone() {
        assertThat(SqlLiterals.of("O'Brien \\ '; DROP TABLE x; --", H2)).isEqualTo("'O''Brien \\ ''; DROP TABLE x; --'");
        assertThat(SqlLiterals.of("O'Brien \\", PG)).isEqualTo("'O''Brien \\'");
        assertThat(SqlLiterals.of("", PG)).isEqualTo("''");
    }

    @Test
    void controlCharactersBecomeUnicodeEscapesSoAStatementStaysOnOneLine() {
        String literal = SqlLiterals.of("a\nb\tc\\d'e", PG);

        assertThat(literal).isEqualTo("U&'a\\000Ab\\0009c\\\\d''e'").doesNotContain("\n");
        assertThat(SqlLiterals.of("nul\u0000", H2)).isEqualTo("U&'nul\\0000'");
    }

    @Test
    void unicodeOutsideControlCharactersIsWrittenAsIs() {
        assertThat(SqlLiterals.of("😀 漢字 עברית", PG)).isEqualTo("'😀 漢字 עברית'");
    }

    @Test
    void postgresqlRefusesWhatItCannotStore() {
        assertThatThrownBy(() -> SqlLiterals.of("a\u0000b", PG)).hasMessageContaining("NUL");
        assertThatThrownBy(() -> SqlLiterals.of("lone \uD800", PG)).hasMessageContaining("surrogate");
        FieldModel<Object> json = FieldModel.of("tags", java.util.List.class, o -> o).sqlType(SqlType.json());
        assertThatThrownBy(() -> SqlLiterals.of("[\"a\\u0000\"]", json, PG)).hasMessageContaining("jsonb");
        assertThat(SqlLiterals.of("[\"a\\\\u0000\"]", json, PG)).isEqualTo("'[\"a\\\\u0000\"]'::jsonb");
        assertThat(SqlLiterals.of("[1]", json, H2)).isEqualTo("'[1]'");
    }

    @Test
    void valuesOfOtherTypesHaveTypedLiterals() {
        assertThat(SqlLiterals.of(new byte[] {0, 10, (byte) 255}, H2)).isEqualTo("X'000aff'");
        assertThat(SqlLiterals.of(new byte[] {0, 10, (byte) 255}, PG)).isEqualTo("'\\x000aff'::bytea");
        assertThat(SqlLiterals.of(true, PG)).isEqualTo("TRUE");
        assertThat(SqlLiterals.of(new BigDecimal("1E+3"), PG)).isEqualTo("1000");
        assertThat(SqlLiterals.of(-12L, PG)).isEqualTo("-12");
        assertThat(SqlLiterals.of(0.1, PG)).isEqualTo("0.1");
        assertThat(SqlLiterals.of(Double.NaN, H2)).isEqualTo("CAST('NaN' AS DOUBLE PRECISION)");
        assertThat(SqlLiterals.of(-0.0, PG)).isEqualTo("CAST('-0' AS DOUBLE PRECISION)");
        assertThat(SqlLiterals.of(-0.0f, PG)).isEqualTo("CAST('-0' AS REAL)");
        assertThat(SqlLiterals.of(0.0, PG)).isEqualTo("0.0");
        assertThat(SqlLiterals.of(UUID.fromString("123e4567-e89b-12d3-a456-426614174000"), H2))
                .isEqualTo("UUID '123e4567-e89b-12d3-a456-426614174000'");
        assertThat(SqlLiterals.of(OffsetDateTime.of(2020, 2, 29, 23, 5, 0, 120_000_000, ZoneOffset.UTC), PG))
                .isEqualTo("TIMESTAMP WITH TIME ZONE '2020-02-29 23:05:00.12+00:00'");
        assertThat(SqlLiterals.of(LocalDateTime.of(1970, 1, 1, 0, 0), H2)).isEqualTo("TIMESTAMP '1970-01-01 00:00:00'");
        assertThat(SqlLiterals.of(LocalDate.of(2024, 1, 2), H2)).isEqualTo("DATE '2024-01-02'");
        assertThat(SqlLiterals.of(LocalTime.of(7, 8, 9, 5), H2)).isEqualTo("TIME '07:08:09.000000005'");
    }
}
