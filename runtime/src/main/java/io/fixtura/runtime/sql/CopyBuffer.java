package io.fixtura.runtime.sql;

import java.util.Arrays;

/**
 * A growable byte buffer that COPY data is written into: big-endian integers as the PostgreSQL
 * wire format wants them, and UTF-8 text encoded in place (refusing what PostgreSQL cannot store),
 * so a row costs no intermediate strings or byte arrays.
 */
final class CopyBuffer {

    private byte[] bytes;
    private int size;

    CopyBuffer(int capacity) {
        bytes = new byte[capacity];
    }

    int size() {
        return size;
    }

    /** The bytes written so far; valid up to {@link #size()}. */
    byte[] bytes() {
        return bytes;
    }

    void putByte(int b) {
        ensure(1);
        bytes[size++] = (byte) b;
    }

    void putShort(int v) {
        ensure(2);
        bytes[size++] = (byte) (v >>> 8);
        bytes[size++] = (byte) v;
    }

    void putInt(int v) {
        ensure(4);
        setInt(size, v);
        size += 4;
    }

    void putLong(long v) {
        putInt((int) (v >>> 32));
        putInt((int) v);
    }

    void putBytes(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, bytes, size, b.length);
        size += b.length;
    }

    /** Overwrites the four bytes at {@code at} (a length written before its value was known). */
    void setInt(int at, int v) {
        bytes[at] = (byte) (v >>> 24);
        bytes[at + 1] = (byte) (v >>> 16);
        bytes[at + 2] = (byte) (v >>> 8);
        bytes[at + 3] = (byte) v;
    }

    /**
     * Appends {@code text} as UTF-8; returns -1, or the index of a char PostgreSQL text cannot hold
     * (NUL, or half a surrogate pair, which has no UTF-8 form), in which case what was written of it
     * is left and the caller fails the row.
     */
    int putUtf8(CharSequence text) {
        int length = text.length();
        ensure(length);
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x80 && c != 0) {
                bytes[size++] = (byte) c; // capacity for one byte per char was ensured above
                continue;
            }
            ensure(4 + length - i);
            if (c == 0) {
                return i;
            } else if (c < 0x800) {
                bytes[size++] = (byte) (0xC0 | c >> 6);
                bytes[size++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                bytes[size++] = (byte) (0xE0 | c >> 12);
                bytes[size++] = (byte) (0x80 | c >> 6 & 0x3F);
                bytes[size++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(++i));
                bytes[size++] = (byte) (0xF0 | cp >> 18);
                bytes[size++] = (byte) (0x80 | cp >> 12 & 0x3F);
                bytes[size++] = (byte) (0x80 | cp >> 6 & 0x3F);
                bytes[size++] = (byte) (0x80 | cp & 0x3F);
            } else {
                return i;
            }
        }
        return -1;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
