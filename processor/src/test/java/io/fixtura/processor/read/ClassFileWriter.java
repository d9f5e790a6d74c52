package io.fixtura.processor.read;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Writes small class files byte by byte, for input no compiler produces: every constant kind, and damage. */
final class ClassFileWriter {

    private final Bytes pool = new Bytes();
    private int count = 1;
    private final List<byte[]> fields = new ArrayList<>();
    private final List<byte[]> methods = new ArrayList<>();
    private final List<byte[]> attributes = new ArrayList<>();
    private final int thisClass;
    private final int superClass;
    int major = 61;

    ClassFileWriter() {
        thisClass = classRef("t/T");
        superClass = classRef("java/lang/Object");
    }

    int utf8(String text) {
        pool.u1(1).utf(text);
        return count++;
    }

    /** A CONSTANT_Utf8 with exactly these bytes after its length. */
    int rawUtf8(int... bytes) {
        pool.u1(1).u2(bytes.length).u1s(bytes);
        return count++;
    }

    int integer(int value) {
        pool.u1(3).u4(value);
        return count++;
    }

    int floatValue(float value) {
        pool.u1(4).u4(Float.floatToIntBits(value));
        return count++;
    }

    int longValue(long value) {
        pool.u1(5).u4((int) (value >>> 32)).u4((int) value);
        count += 2;
        return count - 2;
    }

    int doubleValue(double value) {
        long bits = Double.doubleToLongBits(value);
        pool.u1(6).u4((int) (bits >>> 32)).u4((int) bits);
        count += 2;
        return count - 2;
    }

    int classRef(String internalName) {
        int name = utf8(internalName);
        pool.u1(7).u2(name);
        return count++;
    }

    /** Any entry: a tag and its payload as written. */
    int raw(int tag, int... payload) {
        pool.u1(tag).u1s(payload);
        return count++;
    }

    /** One entry of every kind a JDK 25 class file may hold, in a valid web of references. */
    void everyConstantKind() {
        raw(8, 0, utf8("text"));
        int nameAndType = raw(12, 0, utf8("run"), 0, utf8("()V"));
        int methodRef = raw(10, 0, superClass, 0, nameAndType);
        raw(9, 0, thisClass, 0, nameAndType);
        raw(11, 0, superClass, 0, nameAndType);
        raw(15, 6, 0, methodRef);
        raw(16, 0, utf8("()V"));
        raw(17, 0, 0, 0, nameAndType);
        raw(18, 0, 0, 0, nameAndType);
        raw(19, 0, utf8("demo.mod"));
        raw(20, 0, utf8("demo/api"));
        integer(42);
        floatValue(1.5f);
        longValue(1L << 40);
        doubleValue(0.25);
    }

    /** The size of the constant pool written so far; the next entry starts at {@code 10 + poolSize()}. */
    int poolSize() {
        return pool.toArray().length;
    }

    ClassFileWriter field(String name, String descriptor, byte[]... fieldAttributes) {
        fields.add(member(name, descriptor, fieldAttributes));
        return this;
    }

    ClassFileWriter method(String name, String descriptor, byte[]... methodAttributes) {
        methods.add(member(name, descriptor, methodAttributes));
        return this;
    }

    ClassFileWriter classAttribute(byte[] attribute) {
        attributes.add(attribute);
        return this;
    }

    /** An attribute: its name, its length, and its body. */
    byte[] attribute(String name, byte[] body) {
        return attribute(utf8(name), body.length, body);
    }

    /** An attribute whose declared length need not be the body's. */
    byte[] attribute(int nameIndex, int length, byte[] body) {
        return new Bytes().u2(nameIndex).u4(length).bytes(body).toArray();
    }

    byte[] toBytes() {
        Bytes out = new Bytes().u4(0xCAFEBABE).u2(0).u2(major).u2(count).bytes(pool.toArray());
        out.u2(0x21).u2(thisClass).u2(superClass).u2(0);
        out.u2(fields.size());
        fields.forEach(out::bytes);
        out.u2(methods.size());
        methods.forEach(out::bytes);
        out.u2(attributes.size());
        attributes.forEach(out::bytes);
        return out.toArray();
    }

    private byte[] member(String name, String descriptor, byte[]... memberAttributes) {
        Bytes out = new Bytes().u2(0).u2(utf8(name)).u2(utf8(descriptor)).u2(memberAttributes.length);
        for (byte[] a : memberAttributes) {
            out.bytes(a);
        }
        return out.toArray();
    }

    /** Big-endian bytes. */
    static final class Bytes {
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private final DataOutputStream out = new DataOutputStream(buffer);

        Bytes u1(int value) {
            return write(() -> out.writeByte(value));
        }

        Bytes u1s(int... values) {
            for (int v : values) {
                u1(v);
            }
            return this;
        }

        Bytes u2(int value) {
            return write(() -> out.writeShort(value));
        }

        Bytes u4(int value) {
            return write(() -> out.writeInt(value));
        }

        /** Length-prefixed modified UTF-8, as in a CONSTANT_Utf8. */
        Bytes utf(String text) {
            return write(() -> out.writeUTF(text));
        }

        Bytes bytes(byte[] bytes) {
            return write(() -> out.write(bytes));
        }

        byte[] toArray() {
            return buffer.toByteArray();
        }

        private Bytes write(IoAction action) {
            try {
                action.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        private interface IoAction {
            void run() throws IOException;
        }
    }
}
