package io.fixtura.runtime.values;

import io.fixtura.runtime.generate.Draw;

/**
 * Random byte arrays with a length in an inclusive range.
 *
 * <pre>{@code ValueSpec<byte[]> avatar = BytesSpec.length(16, 64);}</pre>
 */
public final class BytesSpec implements ValueSpec<byte[]> {

    private final int minLength;
    private final int maxLength;

    private BytesSpec(int minLength, int maxLength) {
        this.minLength = minLength;
        this.maxLength = maxLength;
    }

    /** Arrays of {@code min..max} random bytes, both inclusive. */
    public static BytesSpec length(int min, int max) {
        if (min < 0 || min > max) {
            throw new IllegalArgumentException("byte array lengths need 0 <= min <= max, were [" + min + ", " + max + "]");
        }
        return new BytesSpec(min, max);
    }

    @Override
    public byte[] next(Draw draw) {
        int length = (int) draw.between(minLength, maxLength);
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i += 8) {
            long word = draw.nextLong();
            for (int b = 0; b < 8 && i + b < length; b++) {
                bytes[i + b] = (byte) (word >>> (8 * b));
            }
        }
        return bytes;
    }

    @Override
    public String toString() {
        return "BytesSpec[" + minLength + ", " + maxLength + "]";
    }
}
