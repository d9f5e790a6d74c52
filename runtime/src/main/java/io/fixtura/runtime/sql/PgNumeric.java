package io.fixtura.runtime.sql;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A decimal in PostgreSQL's binary {@code numeric} form: base-10000 digits aligned on the decimal
 * point, the weight of the first, a sign and the display scale (the decimal's own scale, so
 * {@code 1.50} stays {@code 1.50}). Most values fit a long and take no allocation.
 */
final class PgNumeric {

    private static final int POSITIVE = 0x0000;
    private static final int NEGATIVE = 0x4000;
    /** The largest display scale the format has room for (the mask of its dscale field). */
    private static final int MAX_SCALE = 0x3FFF;
    private static final long[] POWERS = {1, 10, 100, 1000};
    private static final BigInteger NBASE = BigInteger.valueOf(10_000);

    private PgNumeric() {
    }

    /** Writes {@code value} with its length; returns null, or why PostgreSQL cannot hold it. */
    static String write(BigDecimal value, CopyBuffer out) {
        int scale = Math.max(0, value.scale());
        if (scale > MAX_SCALE) {
            return "numeric value " + value + " has more than " + MAX_SCALE + " digits after the point";
        }
        BigInteger unscaled = value.scale() < 0 ? value.setScale(0).unscaledValue() : value.unscaledValue();
        int sign = unscaled.signum() < 0 ? NEGATIVE : POSITIVE;
        // pad the fraction to whole groups of four digits, so groups line up on the decimal point
        int pad = (4 - scale % 4) % 4;
        int fractionGroups = (scale + pad) / 4;
        if (unscaled.bitLength() < 50) {
            long digits = Math.abs(unscaled.longValue()) * POWERS[pad]; // below 2^50 * 1000 < 2^63
            short[] groups = new short[5];
            int n = 0;
            for (; digits != 0; n++) {
                groups[n] = (short) (digits % 10_000);
                digits /= 10_000;
            }
            return write(groups, n, fractionGroups, sign, scale, out);
        }
        BigInteger digits = unscaled.abs().multiply(BigInteger.valueOf(POWERS[pad]));
        short[] groups = new short[digits.bitLength() / 13 + 2]; // 10000 > 2^13
        int n = 0;
        for (; digits.signum() != 0; n++) {
            BigInteger[] qr = digits.divideAndRemainder(NBASE);
            groups[n] = qr[1].shortValue();
            digits = qr[0];
        }
        return write(groups, n, fractionGroups, sign, scale, out);
    }

    /** Writes the value whose base-10000 digits are {@code groups[0..n)}, least significant first. */
    private static String write(short[] groups, int n, int fractionGroups, int sign, int scale, CopyBuffer out) {
        int low = 0;
        while (low < n && groups[low] == 0) {
            low++; // trailing zero groups are implied by the weight
        }
        int ndigits = n - low;
        int weight = ndigits == 0 ? 0 : n - 1 - fractionGroups;
        if (weight > Short.MAX_VALUE || weight < Short.MIN_VALUE) {
            return "numeric value is out of the range PostgreSQL can hold";
        }
        out.putInt(8 + 2 * ndigits);
        out.putShort(ndigits);
        out.putShort(weight);
        out.putShort(ndigits == 0 ? POSITIVE : sign);
        out.putShort(scale);
        for (int i = n - 1; i >= low; i--) {
            out.putShort(groups[i]);
        }
        return null;
    }
}
