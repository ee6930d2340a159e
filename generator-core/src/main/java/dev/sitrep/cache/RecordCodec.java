package dev.sitrep.cache;

import dev.sitrep.model.Positions;

import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes a tree of records as bytes, and reads back the trees of sitrep's own model: what the build cache keeps of a
 * parsed file, and how it fingerprints a page's model.
 *
 * <p>A value is a record (its components in declaration order), an enum, a string, a number, a boolean, an
 * {@code Optional}, a list, a map (in its iteration order), an {@link Instant}, {@link LocalDate}, {@link YearMonth},
 * {@link Duration} or {@link ZoneId}, a {@code long[]}, {@link Positions}, or null. Any record can be written; only
 * records and enums of the packages in {@link #READABLE} are read back, so a cache file, which anyone who can write
 * the build folder can change, can never make sitrep create an object of another class. A stream that is not what
 * this codec wrote throws {@link IOException}.
 */
public final class RecordCodec {

    /** The packages whose records and enums a cache may hold. */
    static final List<String> READABLE = List.of("dev.sitrep.model.", "dev.sitrep.finding.");

    private static final int NULL = 0;
    private static final int STRING = 1;
    private static final int INT = 2;
    private static final int LONG = 3;
    private static final int BOOLEAN = 4;
    private static final int DOUBLE = 5;
    private static final int ENUM = 6;
    private static final int RECORD = 7;
    private static final int LIST = 8;
    private static final int MAP = 9;
    private static final int OPTIONAL = 10;
    private static final int INSTANT = 11;
    private static final int LOCAL_DATE = 12;
    private static final int YEAR_MONTH = 13;
    private static final int DURATION = 14;
    private static final int ZONE = 15;
    private static final int LONGS = 16;
    private static final int POSITIONS = 17;
    /** A long string written as the key it is known by: only in the streams that are hashed, never read. */
    private static final int KNOWN_STRING = 18;
    /** How long a string must be to be looked up among the known ones. */
    private static final int KNOWN_LENGTH = 1024;
    /** A class named for the first time in a stream: its name follows, and then its number is enough. */
    private static final int NEW_CLASS = -1;

    /** Each record class's components, accessors and canonical constructor, looked up once per class. */
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    private RecordCodec() {
    }

    /** Writes values to one stream, naming each class once. Not thread-safe; one per stream. */
    public static final class Writer {
        private final DataOutputStream out;
        private final Map<Class<?>, Integer> classes = new HashMap<>();
        private final Function<String, String> known;

        public Writer(DataOutputStream out) {
            this(out, s -> null);
        }

        /**
         * A writer for hashing, which writes a long string that {@code known} has a key for (a function of everything
         * that made the string, such as the hash of the Markdown a postmortem's HTML was rendered from) as that key.
         */
        public Writer(DataOutputStream out, Function<String, String> known) {
            this.out = out;
            this.known = known;
        }

        public void write(Object value) throws IOException {
            if (value == null) {
                out.writeByte(NULL);
            } else if (value instanceof String s) {
                String key = s.length() >= KNOWN_LENGTH ? known.apply(s) : null;
                out.writeByte(key == null ? STRING : KNOWN_STRING);
                writeString(key == null ? s : key);
            } else if (value instanceof Integer i) {
                out.writeByte(INT);
                out.writeInt(i);
            } else if (value instanceof Long l) {
                out.writeByte(LONG);
                out.writeLong(l);
            } else if (value instanceof Boolean b) {
                out.writeByte(BOOLEAN);
                out.writeBoolean(b);
            } else if (value instanceof Double d) {
                out.writeByte(DOUBLE);
                out.writeDouble(d);
            } else if (value instanceof Enum<?> e) {
                out.writeByte(ENUM);
                writeClass(e.getDeclaringClass());
                out.writeInt(e.ordinal());
            } else if (value instanceof Record r) {
                out.writeByte(RECORD);
                writeClass(r.getClass());
                Shape shape = SHAPES.get(r.getClass());
                for (int i = 0; i < shape.accessors.length; i++) {
                    write(shape.get(i, r));
                }
            } else if (value instanceof Optional<?> o) {
                out.writeByte(OPTIONAL);
                out.writeBoolean(o.isPresent());
                if (o.isPresent()) {
                    write(o.get());
                }
            } else if (value instanceof Collection<?> c) {
                out.writeByte(LIST);
                out.writeInt(c.size());
                for (Object item : c) {
                    write(item);
                }
            } else if (value instanceof Map<?, ?> m) {
                out.writeByte(MAP);
                out.writeInt(m.size());
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    write(e.getKey());
                    write(e.getValue());
                }
            } else if (value instanceof Instant i) {
                out.writeByte(INSTANT);
                out.writeLong(i.getEpochSecond());
                out.writeInt(i.getNano());
            } else if (value instanceof LocalDate d) {
                out.writeByte(LOCAL_DATE);
                out.writeLong(d.toEpochDay());
            } else if (value instanceof YearMonth m) {
                out.writeByte(YEAR_MONTH);
                out.writeInt(m.getYear());
                out.writeByte(m.getMonthValue());
            } else if (value instanceof Duration d) {
                out.writeByte(DURATION);
                out.writeLong(d.getSeconds());
                out.writeInt(d.getNano());
            } else if (value instanceof ZoneId z) {
                out.writeByte(ZONE);
                writeString(z.getId());
            } else if (value instanceof long[] longs) {
                out.writeByte(LONGS);
                out.writeInt(longs.length);
                for (long l : longs) {
                    out.writeLong(l);
                }
            } else if (value instanceof Positions p) {
                out.writeByte(POSITIONS);
                write(p.data());
            } else {
                throw new IllegalArgumentException("cannot write a " + value.getClass().getName());
            }
        }

        private void writeClass(Class<?> type) throws IOException {
            Integer known = classes.get(type);
            if (known != null) {
                out.writeInt(known);
                return;
            }
            classes.put(type, classes.size());
            out.writeInt(NEW_CLASS);
            writeString(type.getName());
        }

        /** Strings of any length (writeUTF stops at 64 KB), as UTF-8; a lone surrogate becomes '?'. */
        private void writeString(String s) throws IOException {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        }
    }

    /** Reads values written by a {@link Writer}, in the same order. */
    public static final class Reader {
        private final ByteBuffer in;
        private final List<Class<?>> classes = new ArrayList<>();

        /** A reader of {@code bytes}, which it reads in place (they must not change while it does). */
        public Reader(byte[] bytes) {
            this.in = ByteBuffer.wrap(bytes);
        }

        public Object read() throws IOException {
            try {
                return next();
            } catch (BufferUnderflowException e) {
                throw new EOFException("the value ends early");
            }
        }

        private Object next() throws IOException {
            int tag = in.get();
            return switch (tag) {
                case NULL -> null;
                case STRING -> readString();
                case INT -> in.getInt();
                case LONG -> in.getLong();
                case BOOLEAN -> in.get() != 0;
                case DOUBLE -> in.getDouble();
                case ENUM -> {
                    Object[] constants = readClass().getEnumConstants();
                    int ordinal = in.getInt();
                    if (constants == null || ordinal < 0 || ordinal >= constants.length) {
                        throw new IOException("not a constant of its enum: " + ordinal);
                    }
                    yield constants[ordinal];
                }
                case RECORD -> readRecord(readClass());
                case OPTIONAL -> in.get() != 0 ? Optional.of(next()) : Optional.empty();
                case LIST -> {
                    int n = count();
                    Object[] items = new Object[Math.min(n, 1024)];
                    boolean nulls = false;
                    for (int i = 0; i < n; i++) {
                        if (i == items.length) {
                            items = Arrays.copyOf(items, Math.min(n, items.length * 2));
                        }
                        items[i] = next();
                        nulls |= items[i] == null;
                    }
                    // an immutable list, which the records' List.copyOf then keeps as it is instead of copying
                    yield nulls ? Collections.unmodifiableList(Arrays.asList(items)) : List.of(items);
                }
                case MAP -> {
                    int n = count();
                    Map<Object, Object> map = new LinkedHashMap<>();
                    for (int i = 0; i < n; i++) {
                        map.put(next(), next());
                    }
                    yield Collections.unmodifiableMap(map);
                }
                case INSTANT -> Instant.ofEpochSecond(in.getLong(), in.getInt());
                case LOCAL_DATE -> LocalDate.ofEpochDay(in.getLong());
                case YEAR_MONTH -> YearMonth.of(in.getInt(), in.get());
                case DURATION -> Duration.ofSeconds(in.getLong(), in.getInt());
                case ZONE -> ZoneId.of(readString());
                case LONGS -> {
                    long[] longs = new long[count()];
                    for (int i = 0; i < longs.length; i++) {
                        longs[i] = in.getLong();
                    }
                    yield longs;
                }
                case POSITIONS -> {
                    if (!(next() instanceof Positions.Data data)) {
                        throw new IOException("positions without their data");
                    }
                    yield Positions.of(data);
                }
                default -> throw new IOException("unknown tag " + tag);
            };
        }

        /** Reads a value that must be of {@code type}. */
        public <T> T read(Class<T> type) throws IOException {
            Object value = read();
            if (!type.isInstance(value)) {
                throw new IOException("expected a " + type.getSimpleName() + ", found "
                        + (value == null ? "null" : value.getClass().getSimpleName()));
            }
            return type.cast(value);
        }

        private Object readRecord(Class<?> type) throws IOException {
            if (!type.isRecord()) {
                throw new IOException("not a record: " + type.getName());
            }
            Shape shape = SHAPES.get(type);
            RecordComponent[] components = shape.components;
            Object[] args = new Object[components.length];
            for (int i = 0; i < args.length; i++) {
                Object value = next();
                Class<?> expected = shape.types[i];
                if (expected.isPrimitive()) {
                    if (value == null) {
                        throw new IOException("null for " + components[i].getName());
                    }
                } else if (value != null && !expected.isInstance(value)) {
                    throw new IOException(components[i].getName() + " of " + type.getSimpleName() + " is a "
                            + value.getClass().getSimpleName());
                }
                args[i] = value;
            }
            try {
                return shape.constructor().newInstance(args);
            } catch (InvocationTargetException e) {
                throw new IOException("a " + type.getSimpleName() + " that its record refuses: " + e.getCause(), e);
            } catch (ReflectiveOperationException | IllegalArgumentException e) {
                throw new IOException("cannot make a " + type.getSimpleName() + ": " + e, e);
            }
        }

        private Class<?> readClass() throws IOException {
            int index = in.getInt();
            if (index != NEW_CLASS) {
                if (index < 0 || index >= classes.size()) {
                    throw new IOException("unknown class number " + index);
                }
                return classes.get(index);
            }
            String name = readString();
            if (READABLE.stream().noneMatch(name::startsWith)) {
                throw new IOException("a class the cache may not hold: " + name);
            }
            Class<?> type;
            try {
                type = Class.forName(name, false, RecordCodec.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IOException("unknown class " + name, e);
            }
            if (!type.isRecord() && !type.isEnum()) {
                throw new IOException("neither a record nor an enum: " + name);
            }
            classes.add(type);
            return type;
        }

        private String readString() throws IOException {
            int n = count();
            if (n > in.remaining()) {
                throw new EOFException("a string longer than the value");
            }
            byte[] bytes = in.array();
            int at = in.arrayOffset() + in.position();
            in.position(in.position() + n);
            return n <= SHORT ? SHORT_STRINGS.get(bytes, at, n) : new String(bytes, at, n, StandardCharsets.UTF_8);
        }

        private int count() throws IOException {
            int n = in.getInt();
            if (n < 0 || n > 64 * 1024 * 1024) {
                throw new IOException("a length out of range: " + n);
            }
            return n;
        }
    }

    /** A record class as the codec uses it; the constructor is looked up when a record of the class is read. */
    /** How long a string may be to be shared between the values read (see {@link ShortStrings}). */
    private static final int SHORT = 32;

    private static final ShortStrings SHORT_STRINGS = new ShortStrings();

    /**
     * The short ASCII strings read lately, shared instead of made again: the JSON pointers of every file's
     * positions ({@code /updates/3/at}), component ids, statuses and section titles repeat across thousands of
     * files, and a model of 10,000 incidents held over half a million such strings, which the garbage collector
     * copied. A direct-mapped table: a string whose slot holds another is made anew and takes the slot. Strings are
     * immutable, so a thread that sees a slot another thread wrote sees the whole string.
     */
    private static final class ShortStrings {
        private final String[] slots = new String[1 << 14];

        String get(byte[] bytes, int at, int n) {
            int hash = 0;
            for (int i = at; i < at + n; i++) {
                byte b = bytes[i];
                if (b < 0) {
                    return new String(bytes, at, n, StandardCharsets.UTF_8); // not ASCII: not shared
                }
                hash = 31 * hash + b;
            }
            int slot = (hash ^ (hash >>> 14)) & (slots.length - 1);
            String known = slots[slot];
            if (known != null && same(known, bytes, at, n)) {
                return known;
            }
            String made = new String(bytes, at, n, StandardCharsets.ISO_8859_1);
            slots[slot] = made;
            return made;
        }

        private static boolean same(String known, byte[] bytes, int at, int n) {
            if (known.length() != n) {
                return false;
            }
            for (int i = 0; i < n; i++) {
                if (known.charAt(i) != bytes[at + i]) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final class Shape {
        final RecordComponent[] components;
        final Class<?>[] types;
        final Method[] accessors;
        private volatile Constructor<?> constructor;
        private final Class<?> type;

        private Shape(Class<?> type, RecordComponent[] components) {
            this.type = type;
            this.components = components;
            this.types = new Class<?>[components.length];
            this.accessors = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                accessors[i] = components[i].getAccessor();
                accessors[i].setAccessible(true); // the page models are package-private records
            }
        }

        static Shape of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            return new Shape(type, components == null ? new RecordComponent[0] : components);
        }

        Object get(int i, Record record) {
            try {
                return accessors[i].invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + components[i].getName() + " of " + type, e);
            }
        }

        Constructor<?> constructor() throws NoSuchMethodException {
            Constructor<?> c = constructor;
            if (c == null) {
                c = type.getDeclaredConstructor(types);
                c.setAccessible(true);
                constructor = c;
            }
            return c;
        }
    }

    /**
     * An {@link java.io.OutputStream} into a growing array, without the locks of {@code ByteArrayOutputStream}; or,
     * made with a digest, into that digest through a fixed buffer (a page's model can be megabytes).
     */
    static final class Bytes extends OutputStream {
        private byte[] buf;
        private int size;
        private final MessageDigest digest;

        Bytes(int capacity) {
            this(capacity, null);
        }

        Bytes(int capacity, MessageDigest digest) {
            buf = new byte[capacity];
            this.digest = digest;
        }

        @Override
        public void write(int b) {
            if (size == buf.length) {
                grow(1);
            }
            buf[size++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (size + len > buf.length) {
                grow(len);
            }
            System.arraycopy(b, off, buf, size, len);
            size += len;
        }

        private void grow(int more) {
            if (digest != null) {
                flush();
                if (more <= buf.length) {
                    return;
                }
            }
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
        }

        /** With a digest: hands it what is written so far. */
        @Override
        public void flush() {
            if (digest != null) {
                digest.update(buf, 0, size);
                size = 0;
            }
        }

        byte[] toByteArray() {
            return Arrays.copyOf(buf, size);
        }
    }
}
