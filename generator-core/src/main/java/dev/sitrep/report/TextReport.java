package dev.sitrep.report;

import dev.sitrep.finding.Finding;

/**
 * Findings as compiler-style text lines: {@code path:line:col: error|warning: message}.
 *
 * <p>Each finding is exactly one line. Messages and paths quote the input, and input comes from pull requests:
 * a line break in it would let a file start a line of its own in a CI log, where a runner could take it for a
 * command ({@code ::add-mask::}, {@code ::stop-commands::}). So line breaks and other control characters are
 * written as visible escapes ({@code \n}, {@code \u001b}).
 */
public final class TextReport {

    private TextReport() {
    }

    /** The finding as one line: {@code path:line:col: error: message}. */
    public static String line(Finding finding) {
        return oneLine(finding.format());
    }

    /** {@code text} with line breaks and other control characters replaced by visible escapes. */
    public static String oneLine(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = escape(c);
            if (escape != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (escape != null) {
                    out.append(escape);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    private static String escape(char c) {
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return null;
            default:
                boolean control = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
                return control ? String.format(java.util.Locale.ROOT, "\\u%04x", (int) c) : null;
        }
    }
}
