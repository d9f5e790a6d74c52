package io.fixtura.processor.read;

import java.io.IOException;

/**
 * A cursor over the bytes of a class file that reads big-endian unsigned values and reports every
 * shortfall as an {@link IOException} naming the byte offset and what was expected there.
 */
final class ClassFileInput {

    private final byte[] bytes;
    private int position;
    private int limit;

    ClassFileInput(byte[] bytes) {
        this.bytes = bytes;
        this.limit = bytes.length;
    }

    /** The offset of the next byte. */
    int offset() {
        return position;
    }

    /** Moves to {@code offset} and reads at most up to {@code end}, to parse an attribute on its own. */
    void window(int offset, int end) {
        position = offset;
        limit = end;
    }

    /** Goes back to {@code offset}, to read again what was just read. */
    void seek(int offset) {
        position = offset;
    }

    /** The size of the whole class file. */
    int size() {
        return bytes.length;
    }

    int u1(String what) throws IOException {
        require(1, what);
        return bytes[position++] & 0xFF;
    }

    int u2(String what) throws IOException {
        require(2, what);
        int value = ((bytes[position] & 0xFF) << 8) | (bytes[position + 1] & 0xFF);
        position += 2;
        return value;
    }

    /** An unsigned 32-bit length; anything that cannot fit the rest of the file is an error. */
    int length(String what) throws IOException {
        int at = position;
        long value = u4(what) & 0xFFFF_FFFFL;
        if (value > limit - position) {
            throw error(at, "expected " + what + " of at most " + (limit - position) + " bytes, found " + value);
        }
        return (int) value;
    }

    int u4(String what) throws IOException {
        require(4, what);
        int value = ((bytes[position] & 0xFF) << 24) | ((bytes[position + 1] & 0xFF) << 16)
                | ((bytes[position + 2] & 0xFF) << 8) | (bytes[position + 3] & 0xFF);
        position += 4;
        return value;
    }

    void skip(int count, String what) throws IOException {
        require(count, what);
        position += count;
    }

    /** The byte at {@code offset}, which the caller has already checked to be in bounds. */
    int byteAt(int offset) {
        return bytes[offset] & 0xFF;
    }

    /** Fails unless the cursor stands exactly at {@code end}, where {@code what} should have ended. */
    void expectAt(int end, String what) throws IOException {
        if (position != end) {
            throw error(position, "expected the end of " + what + " at offset " + end);
        }
    }

    IOException error(int offset, String expected) {
        return new IOException("malformed class file at byte offset " + offset + ": " + expected);
    }

    private void require(int count, String what) throws IOException {
        if (count > limit - position) {
            String where = limit == bytes.length ? "the class file" : "its attribute";
            throw error(position, "expected " + what + " (" + count + " byte" + (count == 1 ? "" : "s")
                    + "), but " + where + " ends at offset " + limit);
        }
    }
}
