package io.fixtura.runtime.values;

import io.fixtura.runtime.generate.Draw;
import io.fixtura.runtime.generate.GenerationContext;
import java.util.Arrays;
import java.util.List;

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

    /**
     * Empty (or the minimum length), the maximum length (when at most 2<sup>20</sup>
     * bytes), and all-zero and all-0xFF arrays of a middle length; lengths hold counting bytes
     * 0x00, 0x01, … so that a cut or shifted copy shows.
     */
    @Override
    public List<Edge<byte[]>> edges(GenerationContext context) {
        EdgeList<byte[]> list = new EdgeList<>(b -> b.length >= minLength && b.length <= maxLength, null);
        list.add(minLength == 0 ? "empty" : "min length " + minLength, counting(minLength));
        if (maxLength <= EdgeList.LONGEST) {
            list.add("max length " + maxLength, counting(maxLength));
        }
        int middle = Math.max(minLength, Math.min(maxLength, 16));
        if (middle > 0) {
            list.add("all zero bytes", new byte[middle]);
            byte[] ones = new byte[middle];
            Arrays.fill(ones, (byte) 0xFF);
            list.add("all 0xFF bytes", ones);
        }
        return list.build();
    }

    private static byte[] counting(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) i;
        }
        return bytes;
    }

    @Override
    public String toString() {
        return "BytesSpec[" + minLength + ", " + maxLength + "]";
    }
}
