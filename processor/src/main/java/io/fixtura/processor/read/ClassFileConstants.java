package io.fixtura.processor.read;

import java.io.IOException;

/**
 * The constant pool of a class file: walks every entry kind up to Java 25 so that what follows it
 * can be found, and resolves the few entries annotations refer to (UTF-8 text and numbers), each
 * checked for its tag.
 */
final class ClassFileConstants {

    static final int UTF8 = 1;
    static final int INTEGER = 3;
    static final int FLOAT = 4;
    static final int LONG = 5;
    static final int DOUBLE = 6;
    static final int CLASS = 7;

    private final ClassFileInput in;
    private final int[] tags;
    private final int[] offsets;
    private final String[] texts;

    private ClassFileConstants(ClassFileInput in, int count) {
        this.in = in;
        this.tags = new int[count];
        this.offsets = new int[count];
        this.texts = new String[count];
    }

    /** Reads {@code constant_pool_count} and the entries that follow it. */
    static ClassFileConstants read(ClassFileInput in) throws IOException {
        int count = in.u2("constant_pool_count");
        ClassFileConstants pool = new ClassFileConstants(in, count);
        for (int i = 1; i < count; i++) {
            int at = in.offset();
            int tag = in.u1("the tag of constant pool entry " + i);
            pool.tags[i] = tag;
            pool.offsets[i] = in.offset();
            switch (tag) {
                case UTF8 -> {
                    in.skip(in.u2("the length of CONSTANT_Utf8 " + i), "the bytes of CONSTANT_Utf8 " + i);
                    pool.utf8At(i); // every text is checked, used or not
                }
                case INTEGER, FLOAT -> in.skip(4, "the value of " + name(tag) + " " + i);
                case LONG, DOUBLE -> {
                    in.skip(8, "the value of " + name(tag) + " " + i);
                    i++; // eight-byte constants take two entries; the second is unusable
                    if (i >= count) {
                        throw in.error(at, "expected " + name(tag) + " " + (i - 1)
                                + " to leave room for its second entry below constant_pool_count " + count);
                    }
                }
                // Class, String, MethodType, Module, Package: one index
                case CLASS, 8, 16, 19, 20 -> in.skip(2, "the index of " + name(tag) + " " + i);
                // Fieldref, Methodref, InterfaceMethodref, NameAndType, Dynamic, InvokeDynamic: two
                case 9, 10, 11, 12, 17, 18 -> in.skip(4, "the indexes of " + name(tag) + " " + i);
                case 15 -> {
                    int kindAt = in.offset();
                    int kind = in.u1("the reference_kind of CONSTANT_MethodHandle " + i);
                    if (kind < 1 || kind > 9) {
                        throw in.error(kindAt, "expected a reference_kind from 1 to 9, found " + kind);
                    }
                    in.skip(2, "the reference_index of CONSTANT_MethodHandle " + i);
                }
                default -> throw in.error(at, "expected a constant pool tag (1, 3 to 12, 15 to 20), found " + tag);
            }
        }
        return pool;
    }

    /** Reads a u2 index that must name a CONSTANT_Utf8, and returns its text. */
    String utf8(String what) throws IOException {
        int at = in.offset();
        int index = in.u2(what);
        return utf8At(check(at, index, UTF8, what));
    }

    /** Reads a u2 index that must name a CONSTANT_Class, and returns its internal name. */
    String className(String what) throws IOException {
        int at = in.offset();
        int index = in.u2(what);
        int nameOffset = offsets[check(at, index, CLASS, what)];
        int nameIndex = (in.byteAt(nameOffset) << 8) | in.byteAt(nameOffset + 1);
        return utf8At(check(nameOffset, nameIndex, UTF8, "the name of CONSTANT_Class " + index));
    }

    /** Like {@link #className}, but index 0 (none) gives null. */
    String classNameOrNull(String what) throws IOException {
        int at = in.offset();
        if (in.u2(what) == 0) {
            return null;
        }
        in.seek(at);
        return className(what);
    }

    /** Like {@link #utf8}, but index 0 (none) gives null. */
    String utf8OrNull(String what) throws IOException {
        int at = in.offset();
        if (in.u2(what) == 0) {
            return null;
        }
        in.seek(at);
        return utf8(what);
    }

    /** Reads a u2 index that must name a constant of {@code tag} (INTEGER, FLOAT, LONG, DOUBLE); returns its bits. */
    long number(int tag, String what) throws IOException {
        int at = in.offset();
        int index = in.u2(what);
        int offset = offsets[check(at, index, tag, what)];
        int size = tag == LONG || tag == DOUBLE ? 8 : 4;
        long bits = 0;
        for (int i = 0; i < size; i++) {
            bits = (bits << 8) | in.byteAt(offset + i);
        }
        return bits;
    }

    private int check(int at, int index, int tag, String what) throws IOException {
        if (index >= 2 && index < tags.length && tags[index] == 0) {
            throw in.error(at, "expected " + what + " to be a usable constant pool index, found " + index
                    + ", the second half of an eight-byte constant");
        }
        if (index < 1 || index >= tags.length) {
            throw in.error(at, "expected " + what + " to be a constant pool index from 1 to " + (tags.length - 1)
                    + ", found " + index);
        }
        if (tags[index] != tag) {
            throw in.error(at, "expected " + what + " to point at a " + name(tag) + ", found a " + name(tags[index])
                    + " at index " + index);
        }
        return index;
    }

    /** Decodes the modified UTF-8 of the JVM: no zero bytes, 0xC0 0x80 for U+0000, surrogates one by one. */
    private String utf8At(int index) throws IOException {
        if (texts[index] != null) {
            return texts[index];
        }
        int start = offsets[index];
        int length = (in.byteAt(start) << 8) | in.byteAt(start + 1);
        StringBuilder text = new StringBuilder(length);
        int end = start + 2 + length;
        for (int i = start + 2; i < end; ) {
            int b = in.byteAt(i);
            if (b >= 0x01 && b <= 0x7F) {
                text.append((char) b);
                i++;
            } else if (b >= 0xC0 && b <= 0xDF && i + 1 < end && continuation(i + 1)) {
                text.append((char) (((b & 0x1F) << 6) | (in.byteAt(i + 1) & 0x3F)));
                i += 2;
            } else if (b >= 0xE0 && b <= 0xEF && i + 2 < end && continuation(i + 1) && continuation(i + 2)) {
                text.append((char) (((b & 0x0F) << 12) | ((in.byteAt(i + 1) & 0x3F) << 6) | (in.byteAt(i + 2) & 0x3F)));
                i += 3;
            } else {
                throw in.error(i, "expected modified UTF-8 in CONSTANT_Utf8 " + index + ", found byte 0x"
                        + Integer.toHexString(b));
            }
        }
        texts[index] = text.toString();
        return texts[index];
    }

    private boolean continuation(int offset) {
        return (in.byteAt(offset) & 0xC0) == 0x80;
    }

    private static String name(int tag) {
        return switch (tag) {
            case UTF8 -> "CONSTANT_Utf8";
            case INTEGER -> "CONSTANT_Integer";
            case FLOAT -> "CONSTANT_Float";
            case LONG -> "CONSTANT_Long";
            case DOUBLE -> "CONSTANT_Double";
            case CLASS -> "CONSTANT_Class";
            case 8 -> "CONSTANT_String";
            case 9 -> "CONSTANT_Fieldref";
            case 10 -> "CONSTANT_Methodref";
            case 11 -> "CONSTANT_InterfaceMethodref";
            case 12 -> "CONSTANT_NameAndType";
            case 15 -> "CONSTANT_MethodHandle";
            case 16 -> "CONSTANT_MethodType";
            case 17 -> "CONSTANT_Dynamic";
            case 18 -> "CONSTANT_InvokeDynamic";
            case 19 -> "CONSTANT_Module";
            case 20 -> "CONSTANT_Package";
            default -> "constant with tag " + tag;
        };
    }
}
