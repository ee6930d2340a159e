package dev.sitrep.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a fuzz input becomes a file's bytes: as it is, except that a marker {@code {{repeat T N}}} is replaced by the
 * text {@code T} (1 to 8 bytes) repeated {@code N} times, as in the bad-input corpus of {@code CaseCorpusTest}. The
 * marker lets a short input stand for a deep or long one ({@code {{repeat > 5000}}} nests 5,000 block quotes,
 * {@code {{repeat * -  1000}}} 2,000 lists), which libFuzzer's length limits would not otherwise reach. The expanded
 * input is capped at {@link #MAX_BYTES}, so that one run stays well within the per-input timeout.
 */
final class Inputs {

    /** The most bytes an input expands to. */
    static final int MAX_BYTES = 256 * 1024;

    private static final Pattern REPEAT = Pattern.compile("\\{\\{repeat (.{1,8}?) (\\d{1,6})\\}\\}", Pattern.DOTALL);

    private Inputs() {
    }

    /** The bytes of the file that {@code input} stands for. */
    static byte[] expand(byte[] input) {
        // ISO-8859-1 maps every byte to one char and back, so bytes that are not UTF-8 pass through unchanged
        String text = new String(input, StandardCharsets.ISO_8859_1);
        if (!text.contains("{{repeat ")) {
            return input;
        }
        Matcher m = REPEAT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String unit = m.group(1);
            int budget = Math.max(0, MAX_BYTES - out.length() - (text.length() - m.end()));
            int times = Math.min(Integer.parseInt(m.group(2)), budget / unit.length());
            m.appendReplacement(out, Matcher.quoteReplacement(unit.repeat(times)));
        }
        m.appendTail(out);
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
