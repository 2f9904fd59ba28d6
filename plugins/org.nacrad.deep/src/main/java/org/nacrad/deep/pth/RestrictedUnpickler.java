package org.nacrad.deep.pth;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A pickle virtual machine restricted to what a PyTorch state dict needs. It knows the opcodes of protocols 2–5 that
 * build plain data (ints, floats, strings, bytes, tuples, lists, dicts) and resolves only the globals in
 * {@link StateDictGlobals}; any other global, and every opcode that would instantiate an arbitrary class (INST, OBJ,
 * NEWOBJ, …), fails before anything is constructed. Tuples become unmodifiable lists, lists {@link ArrayList}s,
 * dicts {@link LinkedHashMap}s (insertion order kept), ints {@link Long} (or {@link BigInteger} beyond 64 bits).
 * Reads byte-wise and never past STOP, so several pickles can follow each other on one stream.
 */
final class RestrictedUnpickler {

    /** Resolves a persistent id (BINPERSID); PyTorch uses it for tensor storages. */
    interface PersistentLoader {
        Object load(List<Object> pid) throws IOException;
    }

    private static final Object MARK = new Object();

    private final InputStream in;
    private final String source;
    private final PersistentLoader persistentLoader;
    private final long sizeLimit;
    private final List<Object> stack = new ArrayList<>();
    private final Deque<Integer> marks = new ArrayDeque<>();
    private final Map<Long, Object> memo = new HashMap<>();
    private long position;

    /** @param sizeLimit bytes the stream can hold at most, so a crafted length cannot make us allocate more */
    RestrictedUnpickler(InputStream in, String source, PersistentLoader persistentLoader, long sizeLimit) {
        this.in = in;
        this.source = source;
        this.persistentLoader = persistentLoader;
        this.sizeLimit = sizeLimit;
    }

    /** Runs one pickle up to and including its STOP opcode and returns its value. */
    Object load() throws IOException {
        stack.clear();
        marks.clear();
        memo.clear();
        while (true) {
            long at = position;
            int op = readByte();
            if (op == '.') {
                if (stack.size() != 1) {
                    throw error("STOP with " + stack.size() + " values on the stack");
                }
                return stack.remove(0);
            }
            try {
                execute(op);
            } catch (ClassCastException | IndexOutOfBoundsException e) {
                throw error("malformed pickle at byte " + at + " (opcode 0x" + Integer.toHexString(op) + ")");
            }
        }
    }

    private void execute(int op) throws IOException {
        switch (op) {
            case 0x80 -> readByte(); // PROTO: any version whose opcodes we know is fine
            case 0x95 -> readLong(8); // FRAME: framing is a hint for buffered readers
            case 'N' -> push(null);
            case 0x88 -> push(Boolean.TRUE);
            case 0x89 -> push(Boolean.FALSE);
            case 'K' -> push((long) readByte());
            case 'M' -> push(readLong(2));
            case 'J' -> push((long) (int) readLong(4));
            case 0x8a -> push(readLong1());
            case 'G' -> push(Double.longBitsToDouble(readBigEndianLong()));
            case 'X' -> push(readString(readLong(4)));
            case 0x8c -> push(readString(readByte()));
            case 0x8d -> push(readString(readLong(8)));
            case 'U' -> push(readString(readByte()));
            case 'T' -> push(readString(readLong(4)));
            case 'C' -> push(readBytes(readByte()));
            case 'B' -> push(readBytes(readLong(4)));
            case 0x8e -> push(readBytes(readLong(8)));
            case ')' -> push(Collections.unmodifiableList(new ArrayList<>()));
            case 0x85 -> push(tuple(1));
            case 0x86 -> push(tuple(2));
            case 0x87 -> push(tuple(3));
            case 't' -> push(Collections.unmodifiableList(popToMark()));
            case '(' -> {
                marks.push(stack.size());
                push(MARK);
            }
            case '0' -> pop();
            case '1' -> popToMark();
            case '2' -> push(peek());
            case ']' -> push(new ArrayList<>());
            case 'l' -> push(new ArrayList<>(popToMark()));
            case 'a' -> {
                Object v = pop();
                asList(peek()).add(v);
            }
            case 'e' -> {
                List<Object> items = popToMark();
                asList(peek()).addAll(items);
            }
            case '}' -> push(new LinkedHashMap<>());
            case 'd' -> {
                Map<Object, Object> d = new LinkedHashMap<>();
                putPairs(d, popToMark());
                push(d);
            }
            case 's' -> {
                Object v = pop();
                Object k = pop();
                asMap(peek()).put(k, v);
            }
            case 'u' -> {
                List<Object> items = popToMark();
                putPairs(asMap(peek()), items);
            }
            case 'q' -> memo.put((long) readByte(), peek());
            case 'r' -> memo.put(readLong(4), peek());
            case 0x94 -> memo.put((long) memo.size(), peek());
            case 'h' -> push(memoGet(readByte()));
            case 'j' -> push(memoGet(readLong(4)));
            case 'c' -> push(StateDictGlobals.resolve(readLine(), readLine(), source));
            case 0x93 -> {
                Object name = pop();
                Object module = pop();
                push(StateDictGlobals.resolve((String) module, (String) name, source));
            }
            case 'R' -> {
                List<Object> args = asTuple(pop());
                Object callable = pop();
                if (!(callable instanceof StateDictGlobals.Function f)) {
                    throw error("REDUCE applied to " + describe(callable) + ", which is not callable here");
                }
                push(f.call(args, source));
            }
            case 'b' -> {
                Object state = pop();
                StateDictGlobals.build(peek(), state, source);
            }
            case 'Q' -> push(persistentLoader.load(asTuple(pop())));
            default -> throw error("pickle opcode 0x" + Integer.toHexString(op) + " at byte " + (position - 1)
                + " is not allowed in a state dict (it builds arbitrary objects or is unknown)");
        }
    }

    private List<Object> tuple(int n) throws PthFormatException {
        Object[] items = new Object[n];
        for (int i = n - 1; i >= 0; i--) {
            items[i] = pop();
        }
        return Collections.unmodifiableList(Arrays.asList(items));
    }

    private void putPairs(Map<Object, Object> map, List<Object> items) throws PthFormatException {
        if (items.size() % 2 != 0) {
            throw error("odd number of items for a dict");
        }
        for (int i = 0; i < items.size(); i += 2) {
            map.put(items.get(i), items.get(i + 1));
        }
    }

    private List<Object> popToMark() throws PthFormatException {
        if (marks.isEmpty()) {
            throw error("MARK expected on the stack");
        }
        int m = marks.pop();
        List<Object> items = new ArrayList<>(stack.subList(m + 1, stack.size()));
        stack.subList(m, stack.size()).clear();
        return items;
    }

    private void push(Object o) {
        stack.add(o);
    }

    private Object pop() throws PthFormatException {
        Object o = peek();
        stack.remove(stack.size() - 1);
        return o;
    }

    private Object peek() throws PthFormatException {
        if (stack.isEmpty() || stack.get(stack.size() - 1) == MARK) {
            throw error("pickle stack underflow");
        }
        return stack.get(stack.size() - 1);
    }

    private Object memoGet(long key) throws PthFormatException {
        if (!memo.containsKey(key)) {
            throw error("memo key " + key + " read before it was written");
        }
        return memo.get(key);
    }

    @SuppressWarnings("unchecked")
    private List<Object> asList(Object o) throws PthFormatException {
        if (o instanceof ArrayList<?>) {
            return (List<Object>) o;
        }
        throw error("append to " + describe(o) + ", which is not a list");
    }

    @SuppressWarnings("unchecked")
    private Map<Object, Object> asMap(Object o) throws PthFormatException {
        if (o instanceof Map<?, ?>) {
            return (Map<Object, Object>) o;
        }
        throw error("set item on " + describe(o) + ", which is not a dict");
    }

    @SuppressWarnings("unchecked")
    private List<Object> asTuple(Object o) throws PthFormatException {
        if (o instanceof List<?>) {
            return (List<Object>) o;
        }
        throw error("tuple expected, found " + describe(o));
    }

    static String describe(Object o) {
        return o == null ? "None" : o.getClass().getSimpleName();
    }

    private int readByte() throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new PthFormatException(source + " is truncated: the pickle ends at byte " + position + " before its STOP opcode",
                new EOFException());
        }
        position++;
        return b;
    }

    /** Little-endian unsigned integer of n bytes (n ≤ 8). */
    private long readLong(int n) throws IOException {
        long v = 0;
        for (int i = 0; i < n; i++) {
            v |= ((long) readByte()) << (8 * i);
        }
        return v;
    }

    private long readBigEndianLong() throws IOException {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | readByte();
        }
        return v;
    }

    /** LONG1: a length byte, then a little-endian two's-complement integer. */
    private Object readLong1() throws IOException {
        int n = readByte();
        byte[] le = readBytes(n);
        byte[] be = new byte[n];
        for (int i = 0; i < n; i++) {
            be[i] = le[n - 1 - i];
        }
        BigInteger v = n == 0 ? BigInteger.ZERO : new BigInteger(be);
        return v.bitLength() < 64 ? (Object) v.longValue() : v;
    }

    private byte[] readBytes(long n) throws IOException {
        if (n < 0 || n > Integer.MAX_VALUE - 8 || n > sizeLimit - position) {
            throw new PthFormatException(source + " is truncated or corrupt: the pickle announces " + n
                + " bytes at byte " + position + ", more than the file holds");
        }
        byte[] b = new byte[(int) n];
        int off = 0;
        while (off < b.length) {
            int r = in.read(b, off, b.length - off);
            if (r < 0) {
                throw new PthFormatException(source + " is truncated inside its pickle (at byte " + (position + off) + ")");
            }
            off += r;
        }
        position += n;
        return b;
    }

    private String readString(long n) throws IOException {
        return new String(readBytes(n), StandardCharsets.UTF_8);
    }

    private String readLine() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int b = readByte(); b != '\n'; b = readByte()) {
            if (sb.length() > 512) {
                throw error("GLOBAL name longer than 512 bytes");
            }
            sb.append((char) b);
        }
        return sb.toString();
    }

    private PthFormatException error(String what) {
        return new PthFormatException(source + ": " + what);
    }
}
