package dev.sitrep.i18n;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * One strings file: Java properties text ({@code key = value}, {@code #} comments, {@code \} at the end of a line
 * continues it), read as UTF-8, with the line of each key so that a finding can point at it.
 */
public final class StringsFile {

    /** One string of the file: its key, its text and the 1-based line where the key stands. */
    public record Entry(String key, String value, int line) {
    }

    private final List<Entry> entries;

    private StringsFile(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The strings of {@code text}; a key written twice keeps its last value (and its last line). */
    public static StringsFile parse(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Properties values = new Properties();
        try {
            values.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            // a malformed \\u escape (not four hex digits): keep what the line scan finds, with the text as written
            values.clear();
        }
        Map<String, Integer> lines = keyLines(text);
        Map<String, Entry> byKey = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : lines.entrySet()) {
            String value = values.getProperty(e.getKey());
            if (value != null) {
                byKey.put(e.getKey(), new Entry(e.getKey(), value, e.getValue()));
            }
        }
        for (String key : values.stringPropertyNames()) {
            byKey.putIfAbsent(key, new Entry(key, values.getProperty(key), 1));
        }
        return new StringsFile(new ArrayList<>(byKey.values()));
    }

    /** Its strings, in the order of the file. */
    public List<Entry> entries() {
        return entries;
    }

    /** Its strings as a map from key to text. */
    public Map<String, String> values() {
        Map<String, String> out = new LinkedHashMap<>();
        entries.forEach(e -> out.put(e.key(), e.value()));
        return out;
    }

    /** The line of each key, for the keys sitrep writes (letters, digits, {@code . _ -}); the last one wins. */
    private static Map<String, Integer> keyLines(String text) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        String[] all = text.split("\r\n|\r|\n", -1);
        boolean continued = false;
        for (int i = 0; i < all.length; i++) {
            String line = all[i];
            String stripped = line.stripLeading();
            boolean wasContinued = continued;
            continued = endsWithOddBackslashes(line);
            if (wasContinued || stripped.isEmpty() || stripped.startsWith("#") || stripped.startsWith("!")) {
                if (stripped.startsWith("#") || stripped.startsWith("!")) {
                    continued = false;
                }
                continue;
            }
            int end = 0;
            while (end < stripped.length() && isKeyChar(stripped.charAt(end))) {
                end++;
            }
            if (end > 0) {
                lines.remove(stripped.substring(0, end));
                lines.put(stripped.substring(0, end), i + 1);
            }
        }
        return lines;
    }

    private static boolean isKeyChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-';
    }

    private static boolean endsWithOddBackslashes(String line) {
        int n = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            n++;
        }
        return n % 2 == 1;
    }
}
