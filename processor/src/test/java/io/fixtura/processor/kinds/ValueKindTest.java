package io.fixtura.processor.kinds;

import static io.fixtura.processor.kinds.TypeCategory.BOOLEAN;
import static io.fixtura.processor.kinds.TypeCategory.DECIMAL;
import static io.fixtura.processor.kinds.TypeCategory.FLOATING;
import static io.fixtura.processor.kinds.TypeCategory.INTEGRAL;
import static io.fixtura.processor.kinds.TypeCategory.OTHER;
import static io.fixtura.processor.kinds.TypeCategory.STRING;
import static io.fixtura.processor.kinds.TypeCategory.TEMPORAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fixtura.processor.kinds.ValueKind.Group;
import io.fixtura.processor.kinds.ValueKind.NumberRange;
import io.fixtura.processor.kinds.ValueKind.TimeOffset;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ValueKindTest {

    private static final List<String> STRING_KINDS = List.of("EMAIL", "PHONE", "FIRST_NAME", "LAST_NAME",
            "FULL_NAME", "USERNAME", "PASSWORD", "STREET", "CITY", "STATE", "COUNTRY", "COUNTRY_CODE", "ZIP", "URL",
            "DOMAIN", "IP", "IPV6", "MAC", "USER_AGENT", "COMPANY", "JOB_TITLE", "IBAN", "CREDIT_CARD", "CURRENCY",
            "COLOR", "DESCRIPTION", "TITLE", "PRODUCT_NAME");

    @Test
    void stringKindsAreTheAgreedOnesAndFitOnlyStrings() {
        List<String> strings = Arrays.stream(ValueKind.values()).filter(k -> k.group() == Group.STRING)
                .map(Enum::name).collect(Collectors.toList());
        assertThat(strings).containsExactlyElementsOf(STRING_KINDS);
        for (String name : STRING_KINDS) {
            ValueKind kind = ValueKind.valueOf(name);
            assertThat(kind.categories()).containsExactly(STRING);
            assertThat(kind.numberRange()).isEmpty();
            assertThat(kind.timeRange()).isEmpty();
        }
    }

    @Test
    void stringKindsExistInTheRuntimeUnderTheSameNames() {
        Set<String> constants = Arrays.stream(io.fixtura.runtime.values.Kind.values()).map(Enum::name)
                .collect(Collectors.toSet());
        assertThat(constants).containsAll(STRING_KINDS);
    }

    @Test
    void numericKindsHaveTheirTypesRangesAndScales() {
        assertNumber(ValueKind.LATITUDE, "-90", "90", 6, DECIMAL, FLOATING);
        assertNumber(ValueKind.LONGITUDE, "-180", "180", 6, DECIMAL, FLOATING);
        assertNumber(ValueKind.PRICE, "0.50", "999.99", 2, DECIMAL, FLOATING, INTEGRAL);
        assertNumber(ValueKind.QUANTITY, "1", "100", 0, INTEGRAL);
        assertNumber(ValueKind.AGE, "18", "90", 0, INTEGRAL);
        assertNumber(ValueKind.PERCENT, "0", "100", 2, DECIMAL, FLOATING);
        assertNumber(ValueKind.YEAR, "1950", "2030", 0, INTEGRAL);
        assertThat(ValueKind.PRICE.numberRange().orElseThrow().minValue()).isEqualByComparingTo(new BigDecimal("0.5"));
        assertThat(ValueKind.PRICE.numberRange().orElseThrow().maxValue())
                .isEqualByComparingTo(new BigDecimal("999.99"));
    }

    @Test
    void timeKindsAreOffsetsFromTheReferenceTimeInRangeSyntax() {
        assertTime(ValueKind.BIRTH_DATE, "now-90y", "now-18y");
        assertTime(ValueKind.PAST_TIME, "now-3y", "now");
        assertTime(ValueKind.FUTURE_TIME, "now+1d", "now+2y");
        assertThat(ValueKind.BIRTH_DATE.timeRange().orElseThrow().min())
                .isEqualTo(new TimeOffset(-90, ChronoUnit.YEARS));
        assertThat(ValueKind.FUTURE_TIME.timeRange().orElseThrow().min())
                .isEqualTo(new TimeOffset(1, ChronoUnit.DAYS));
    }

    @Test
    void fitsAnswersForEveryCategory() {
        assertThat(ValueKind.EMAIL.fits(STRING)).isTrue();
        assertThat(ValueKind.EMAIL.fits(BOOLEAN)).isFalse();
        assertThat(ValueKind.PRICE.fits(INTEGRAL)).isTrue();
        assertThat(ValueKind.PERCENT.fits(INTEGRAL)).isFalse();
        assertThat(ValueKind.PAST_TIME.fits(TEMPORAL)).isTrue();
        for (ValueKind kind : ValueKind.values()) {
            assertThat(kind.fits(OTHER)).as(kind.name()).isFalse();
            assertThat(kind.fits(BOOLEAN)).as(kind.name()).isFalse();
        }
    }

    @Test
    void categoriesCannotBeChanged() {
        assertThatThrownBy(() -> ValueKind.AGE.categories().add(STRING))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rangesAndOffsetsRejectNonsense() {
        assertThatThrownBy(() -> new NumberRange("5", "1", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NumberRange("1", "5", -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimeOffset(1, ChronoUnit.DECADES)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new TimeOffset(-30, ChronoUnit.MONTHS).text()).isEqualTo("now-30M");
        assertThat(new TimeOffset(12, ChronoUnit.HOURS).text()).isEqualTo("now+12h");
    }

    private static void assertNumber(ValueKind kind, String min, String max, int scale, TypeCategory... fits) {
        assertThat(kind.group()).isEqualTo(Group.NUMBER);
        assertThat(kind.categories()).containsExactlyInAnyOrder(fits);
        assertThat(kind.numberRange()).contains(new NumberRange(min, max, scale));
        assertThat(kind.timeRange()).isEmpty();
    }

    private static void assertTime(ValueKind kind, String min, String max) {
        assertThat(kind.group()).isEqualTo(Group.TIME);
        assertThat(kind.categories()).containsExactly(TEMPORAL);
        assertThat(kind.timeRange().orElseThrow().min().text()).isEqualTo(min);
        assertThat(kind.timeRange().orElseThrow().max().text()).isEqualTo(max);
        assertThat(kind.numberRange()).isEmpty();
    }
}
