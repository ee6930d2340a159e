package dev.sitrep.author;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes text as a YAML scalar that reads back as exactly that text: plain when that is safe, otherwise double-quoted
 * with escapes. Safe means that no YAML 1.1 reader (snakeyaml, which Jackson uses) could take it for another type
 * ({@code yes}, {@code 404}, {@code 2026-11-20}), an indicator ({@code - # : { [ ' "}) or a comment.
 */
final class YamlScalars {

    /** YAML 1.1 booleans and nulls: plain, they would not read back as text. */
    private static final Set<String> RESERVED = Set.of("y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO",
            "true", "True", "TRUE", "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF",
            "~", "null", "Null", "NULL", "<<", "=");
    /** Anything a YAML 1.1 resolver could read as an int, a float, a sexagesimal or a timestamp. */
    private static final Pattern NUMBER_OR_DATE = Pattern.compile(
            "[-+]?(\\.?[0-9][0-9a-fA-FxXoObB_:.eE+-]*|\\.(inf|Inf|INF|nan|NaN|NAN))"
                    + "|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt \\t].*)?");
    private static final String FIRST_CHAR_INDICATORS = "-?:,[]{}#&*!|>'\"%@`";
    /** Inside a flow collection snakeyaml ends or refuses plain text at these, so such text is quoted there. */
    private static final String FLOW_INDICATORS = ",[]{}:?#'\"";

    private YamlScalars() {
    }

    /** The scalar for a value in block context: {@code key: <scalar>}. */
    static String block(String text) {
        return needsQuotes(text, false) ? doubleQuoted(text) : text;
    }

    /** The scalar for a value inside a flow collection: {@code {key: <scalar>}}. */
    static String flow(String text) {
        return needsQuotes(text, true) ? doubleQuoted(text) : text;
    }

    static boolean needsQuotes(String s, boolean flow) {
        if (s.isEmpty() || RESERVED.contains(s) || NUMBER_OR_DATE.matcher(s).matches()) {
            return true;
        }
        char first = s.charAt(0);
        char last = s.charAt(s.length() - 1);
        if (FIRST_CHAR_INDICATORS.indexOf(first) >= 0 || Character.isWhitespace(first) || Character.isWhitespace(last)
                || last == ':' || s.contains(": ") || s.contains(" #") || s.contains(":\t") || s.contains("\t#")) {
            return true;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!printable(c) || c == '\t' || (flow && FLOW_INDICATORS.indexOf(c) >= 0)) {
                return true;
            }
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** The text in double quotes, with every character a reader could mistake or drop escaped. */
    static String doubleQuoted(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length()
                        && Character.isLowSurrogate(s.charAt(i + 1));
                if (!paired) {
                    throw new AuthoringException("the text contains a broken character (an unpaired UTF-16 surrogate "
                            + String.format(Locale.ROOT, "U+%04X", (int) c) + "); retype it");
                }
                out.append(c).append(s.charAt(++i));
                continue;
            }
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\0' -> out.append("\\0");
                case '\u0007' -> out.append("\\a");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\u000B' -> out.append("\\v");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                case '\u001B' -> out.append("\\e");
                case '\u0085' -> out.append("\\N");
                case '\u00A0' -> out.append("\\_");
                case '\u2028' -> out.append("\\L");
                case '\u2029' -> out.append("\\P");
                default -> {
                    if (printable(c)) {
                        out.append(c);
                    } else if (c <= 0xFF) {
                        out.append(String.format(Locale.ROOT, "\\x%02X", (int) c));
                    } else {
                        out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** Whether YAML allows the character unescaped (its printable set), excluding the few that look like space. */
    private static boolean printable(char c) {
        return !(c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0xA0) || c == '\u2028' || c == '\u2029'
                || c == '\uFEFF' || c >= 0xFFFE);
    }
}
