package io.fixtura.runtime.sql;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Text forms of column values both databases parse the same way: dates and times in ISO order with
 * a space before the time, whole seconds always written, an explicit {@code +00:00} offset.
 */
final class Texts {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Texts() {
    }

    static String date(LocalDate date) {
        int year = date.getYear();
        String y = year >= 0 ? pad(year, 4) : "-" + pad(-year, 4);
        return y + "-" + pad(date.getMonthValue(), 2) + "-" + pad(date.getDayOfMonth(), 2);
    }

    static String time(LocalTime time) {
        StringBuilder out = new StringBuilder(18).append(pad(time.getHour(), 2)).append(':')
                .append(pad(time.getMinute(), 2)).append(':').append(pad(time.getSecond(), 2));
        int nano = time.getNano();
        if (nano > 0) {
            String fraction = pad(nano, 9);
            int end = fraction.length();
            while (fraction.charAt(end - 1) == '0') {
                end--;
            }
            out.append('.').append(fraction, 0, end);
        }
        return out.toString();
    }

    static String timestamp(LocalDateTime t) {
        return date(t.toLocalDate()) + " " + time(t.toLocalTime());
    }

    static String timestamp(OffsetDateTime t) {
        return timestamp(t.toLocalDateTime()) + offset(t.getOffset());
    }

    static String offset(ZoneOffset offset) {
        return offset.getTotalSeconds() == 0 ? "+00:00" : offset.getId();
    }

    /** {@code bytes} as lower-case hexadecimal digits. */
    static String hex(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = HEX[(bytes[i] >> 4) & 0xF];
            out[2 * i + 1] = HEX[bytes[i] & 0xF];
        }
        return new String(out);
    }

    /**
     * Why PostgreSQL cannot store {@code text}, or null if it can: text values hold no NUL
     * character, and UTF-8 has no encoding for a lone surrogate.
     */
    static String postgresqlProblem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return "PostgreSQL text cannot hold the NUL character (U+0000), found at position " + i;
            }
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return "a lone UTF-16 surrogate (U+" + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT)
                            + ") at position " + i + " has no UTF-8 encoding";
                }
            }
        }
        return null;
    }

    /** Whether a JSON document holds the escape {@code \u0000}, which PostgreSQL's jsonb rejects. */
    static boolean jsonHasNul(String json) {
        for (int i = 0; i < json.length() - 1; i++) {
            if (json.charAt(i) == '\\') {
                if (json.startsWith("u0000", i + 1)) {
                    return true;
                }
                i++; // skip the escaped character, so the "u" of "\\u0000" is not read as an escape
            }
        }
        return false;
    }

    private static String pad(int value, int width) {
        String digits = Integer.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}
