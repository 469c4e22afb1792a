package org.wfed.core.internal.rest.reference;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of a compiled class the API reference reads (JVM spec §4): the constant pool, each
 * method's code and the bootstrap methods of its lambdas. Enough to see which string constants a
 * method loads and which methods it calls; nothing is executed.
 */
final class ClassFile {

    /** A method called by an instruction: owner in internal form ({@code org/wfed/X}), name, descriptor. */
    record Call(String owner, String name, String descriptor) {
    }

    private final int[] tags;
    private final int[] first;
    private final int[] second;
    private final String[] utf8;
    private final Map<String, byte[]> code = new HashMap<>();
    private final List<int[]> bootstrapArguments = new ArrayList<>();

    private ClassFile(DataInputStream in) throws IOException {
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        tags = new int[count];
        first = new int[count];
        second = new int[count];
        utf8 = new String[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            tags[i] = tag;
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 3, 4 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++;
                }
                case 7, 8, 16, 19, 20 -> first[i] = in.readUnsignedShort();
                case 9, 10, 11, 12, 17, 18 -> {
                    first[i] = in.readUnsignedShort();
                    second[i] = in.readUnsignedShort();
                }
                case 15 -> {
                    first[i] = in.readUnsignedByte();
                    second[i] = in.readUnsignedShort();
                }
                default -> throw new IOException("unknown constant tag " + tag);
            }
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        in.readUnsignedShort();
        in.skipBytes(2 * in.readUnsignedShort());
        members(in, false);
        members(in, true);
        int attributes = in.readUnsignedShort();
        for (int a = 0; a < attributes; a++) {
            String name = utf8[in.readUnsignedShort()];
            int length = in.readInt();
            if ("BootstrapMethods".equals(name)) {
                int n = in.readUnsignedShort();
                for (int b = 0; b < n; b++) {
                    in.readUnsignedShort();
                    int[] args = new int[in.readUnsignedShort()];
                    for (int k = 0; k < args.length; k++) {
                        args[k] = in.readUnsignedShort();
                    }
                    bootstrapArguments.add(args);
                }
            } else {
                in.skipBytes(length);
            }
        }
    }

    static ClassFile read(InputStream stream) throws IOException {
        try (InputStream s = stream) {
            return new ClassFile(new DataInputStream(new ByteArrayInputStream(s.readAllBytes())));
        }
    }

    private void members(DataInputStream in, boolean methods) throws IOException {
        int count = in.readUnsignedShort();
        for (int m = 0; m < count; m++) {
            in.readUnsignedShort();
            String key = utf8[in.readUnsignedShort()] + utf8[in.readUnsignedShort()];
            int attributes = in.readUnsignedShort();
            for (int a = 0; a < attributes; a++) {
                String name = utf8[in.readUnsignedShort()];
                int length = in.readInt();
                if (methods && "Code".equals(name)) {
                    in.readUnsignedShort();
                    in.readUnsignedShort();
                    byte[] bytes = new byte[in.readInt()];
                    in.readFully(bytes);
                    code.put(key, bytes);
                    in.skipBytes(length - 8 - bytes.length);
                } else {
                    in.skipBytes(length);
                }
            }
        }
    }

    /** The code of a method, or null (abstract, native, or no such method). */
    byte[] code(String name, String descriptor) {
        return code.get(name + descriptor);
    }

    /** The string of a {@code CONSTANT_String} entry, or null for any other constant. */
    String string(int index) {
        return tags[index] == 8 ? utf8[first[index]] : null;
    }

    /** The class name (internal form) of a {@code CONSTANT_Class} entry. */
    String className(int index) {
        return utf8[first[index]];
    }

    /** The method or field a {@code *ref} entry names. */
    Call member(int index) {
        int nameAndType = second[index];
        return new Call(className(first[index]), utf8[first[nameAndType]], utf8[second[nameAndType]]);
    }

    /** The methods a lambda's {@code invokedynamic} hands over: the method handles among its bootstrap arguments. */
    List<Call> lambdaTargets(int invokeDynamicIndex) {
        List<Call> targets = new ArrayList<>();
        int bootstrap = first[invokeDynamicIndex];
        if (bootstrap < bootstrapArguments.size()) {
            for (int arg : bootstrapArguments.get(bootstrap)) {
                if (tags[arg] == 15) {
                    targets.add(member(second[arg]));
                }
            }
        }
        return targets;
    }

    /** Length in bytes of the instruction at {@code pc} (JVM spec §6.5). */
    static int instructionLength(byte[] code, int pc) {
        int op = code[pc] & 0xFF;
        if (op == 0xAA || op == 0xAB) {
            int base = pc + 1 + ((4 - (pc + 1) % 4) % 4);
            if (op == 0xAA) {
                int low = readInt(code, base + 4);
                int high = readInt(code, base + 8);
                return base - pc + 12 + (high - low + 1) * 4;
            }
            return base - pc + 8 + readInt(code, base + 4) * 8;
        }
        if (op == 0xC4) {
            return (code[pc + 1] & 0xFF) == 0x84 ? 6 : 4;
        }
        return LENGTHS[op];
    }

    static int readShort(byte[] code, int at) {
        return ((code[at] & 0xFF) << 8) | (code[at + 1] & 0xFF);
    }

    private static int readInt(byte[] code, int at) {
        return (readShort(code, at) << 16) | readShort(code, at + 2);
    }

    /** Instruction lengths by opcode; the switches (0xAA, 0xAB) and {@code wide} (0xC4) are computed. */
    private static final int[] LENGTHS = new int[256];

    static {
        java.util.Arrays.fill(LENGTHS, 1);
        // {first opcode, last opcode, length}: bipush, sipush, ldc, ldc_w/ldc2_w, loads, stores, iinc, jumps,
        // ret, field and method instructions, invokeinterface/invokedynamic, new, newarray, anewarray,
        // checkcast/instanceof, multianewarray, ifnull/ifnonnull, goto_w/jsr_w
        int[][] ranges = {{0x10, 0x10, 2}, {0x11, 0x11, 3}, {0x12, 0x12, 2}, {0x13, 0x14, 3}, {0x15, 0x19, 2},
            {0x36, 0x3A, 2}, {0x84, 0x84, 3}, {0x99, 0xA8, 3}, {0xA9, 0xA9, 2}, {0xB2, 0xB8, 3}, {0xB9, 0xBA, 5},
            {0xBB, 0xBB, 3}, {0xBC, 0xBC, 2}, {0xBD, 0xBD, 3}, {0xC0, 0xC1, 3}, {0xC5, 0xC5, 4}, {0xC6, 0xC7, 3},
            {0xC8, 0xC9, 5}};
        for (int[] r : ranges) {
            java.util.Arrays.fill(LENGTHS, r[0], r[1] + 1, r[2]);
        }
    }
}
