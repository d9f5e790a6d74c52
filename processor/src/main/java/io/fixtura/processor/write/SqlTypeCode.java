package io.fixtura.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.fixtura.processor.model.Constraints;
import io.fixtura.processor.model.ScalarType;
import io.fixtura.processor.model.Shape;
import io.fixtura.processor.model.Slot;
import java.math.BigDecimal;
import java.sql.JDBCType;

/**
 * The SQL column type of a slot, from its Java type and constraints: {@code VARCHAR(n)} with the
 * generated maximum length, {@code DECIMAL(p, s)} wide enough for the generated range, JSON for
 * collections and nested values.
 */
final class SqlTypeCode {

    private static final ClassName SQL_TYPE = ClassName.get("io.fixtura.runtime", "SqlType");
    private static final ClassName JDBC = ClassName.get(JDBCType.class);

    private SqlTypeCode() {
    }

    static CodeBlock of(Slot slot, boolean unique) {
        Shape shape = slot.shape();
        if (shape instanceof Shape.Optional o) {
            return of(o.value(), false);
        }
        if (shape instanceof Shape.Enum e) {
            int longest = e.constants().stream().mapToInt(String::length).max().orElse(1);
            return CodeBlock.of("$T.varchar($L)", SQL_TYPE, longest);
        }
        if (!(shape instanceof Shape.Scalar s)) {
            return CodeBlock.of("$T.json()", SQL_TYPE);
        }
        Constraints c = slot.constraints();
        return switch (s.type()) {
            case BOOLEAN -> jdbc("BOOLEAN");
            case BYTE, SHORT -> jdbc("SMALLINT");
            case INT -> jdbc("INTEGER");
            case LONG, DURATION -> jdbc("BIGINT");
            case FLOAT -> jdbc("REAL");
            case DOUBLE -> jdbc("DOUBLE");
            case CHAR -> CodeBlock.of("$T.fixedChar(1)", SQL_TYPE);
            case STRING -> CodeBlock.of("$T.varchar($L)", SQL_TYPE, SpecCode.maxLength(c));
            case UUID -> CodeBlock.of("$T.uuid()", SQL_TYPE);
            case BIG_DECIMAL, BIG_INTEGER -> decimal(s.type(), c, unique);
            case LOCAL_DATE -> jdbc("DATE");
            case LOCAL_DATE_TIME -> jdbc("TIMESTAMP");
            case LOCAL_TIME -> jdbc("TIME");
            case INSTANT, OFFSET_DATE_TIME, ZONED_DATE_TIME -> jdbc("TIMESTAMP_WITH_TIMEZONE");
            case BYTES -> CodeBlock.of("$T.varbinary($L)", SQL_TYPE, SpecCode.size(c, 1, 64)[1]);
        };
    }

    private static CodeBlock decimal(ScalarType type, Constraints c, boolean unique) {
        NumberPlan plan = NumberPlan.of(type, c, null, unique);
        int integerDigits;
        if (c.digits() != null) {
            integerDigits = c.digits().integer();
        } else if (c.columnPrecision() != null) {
            integerDigits = c.columnPrecision() - plan.scale();
        } else {
            integerDigits = Math.max(digits(plan.min()), digits(plan.max()));
        }
        int precision = Math.max(1, Math.min(integerDigits + plan.scale(), 1000));
        return CodeBlock.of("$T.decimal($L, $L)", SQL_TYPE, precision, plan.scale());
    }

    private static int digits(BigDecimal value) {
        BigDecimal whole = value.abs().setScale(0, java.math.RoundingMode.FLOOR);
        return whole.signum() == 0 ? 1 : whole.precision();
    }

    private static CodeBlock jdbc(String constant) {
        return CodeBlock.of("$T.of($T.$L)", SQL_TYPE, JDBC, constant);
    }
}
