package io.fixtura.runtime.anonymize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class StrategyGeneralizeTest {

    @Test
    void numbersAreFlooredToTheirBucket() {
        assertThat(Generalize.bucket(37, 10)).isEqualTo(30);
        assertThat(Generalize.bucket(40L, 10L)).isEqualTo(40L);
        assertThat(Generalize.bucket(-3, 10)).isEqualTo(-10);
        assertThat(Generalize.bucket(new BigDecimal("52345.67"), new BigDecimal("1000")))
                .isEqualByComparingTo("52000");
        assertThat(Generalize.bucket((BigDecimal) null, BigDecimal.TEN)).isNull();
        assertThatThrownBy(() -> Generalize.bucket(5, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void datesGoToTheFirstOfTheirMonth() {
        assertThat(Generalize.month(LocalDate.of(1984, 7, 23))).isEqualTo(LocalDate.of(1984, 7, 1));
        assertThat(Generalize.month(LocalDateTime.of(2024, 2, 29, 13, 45, 7)))
                .isEqualTo(LocalDateTime.of(2024, 2, 1, 0, 0));
        assertThat(Generalize.month(Instant.parse("2023-12-31T23:59:59Z")))
                .isEqualTo(Instant.parse("2023-12-01T00:00:00Z"));
        assertThat(Generalize.month((LocalDate) null)).isNull();
    }

    @Test
    void postcodesKeepTheirPrefixAndLayout() {
        assertThat(Generalize.postcode("SW1A 1AA")).isEqualTo("SW** ***");
        assertThat(Generalize.postcode("10115")).isEqualTo("10***");
        assertThat(Generalize.postcode("1")).isEqualTo("1");
        assertThat(Generalize.postcode(null)).isNull();
    }
}
