package dev.sitrep.i18n;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The strings of one language, resolved: the repository's {@code templates/strings_<lang>.properties} over the
 * built-in file of that language, over English for any key both lack. Immutable and safe to share between threads.
 *
 * <p>A string with arguments is a {@link MessageFormat} pattern ({@code {0} of {1}}) in which an apostrophe is plain
 * text; a plural is two keys, {@code <key>.one} and {@code <key>.other}, chosen by the language's rule.
 */
public final class Strings {

    /**
     * The prefix of the optional strings that write a zone's abbreviation in a language ({@code zone.CEST = MESZ});
     * English has none of them, so a language need not have them either.
     */
    public static final String ZONE_PREFIX = "zone.";

    private static final ZonedDateTime SAMPLE_TIME = ZonedDateTime.of(2026, 11, 20, 13, 5, 0, 0,
            ZoneId.of("Europe/Berlin"));
    /** What each date pattern formats: a time unless listed. */
    private static final Map<String, TemporalAccessor> PATTERN_SAMPLES = Map.of(
            "date.pattern.date", SAMPLE_TIME.toLocalDate(),
            "date.pattern.dayWithWeekday", SAMPLE_TIME.toLocalDate(),
            "date.pattern.month", YearMonth.from(SAMPLE_TIME),
            "date.pattern.monthShort", YearMonth.from(SAMPLE_TIME));

    private final String language;
    private final Locale locale;
    private final Map<String, String> values;

    private Strings(Locale locale, Map<String, String> values) {
        this.locale = locale;
        this.language = locale.toLanguageTag();
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The built-in English strings. */
    public static Strings english() {
        return of(Languages.FALLBACK, Optional.empty());
    }

    /**
     * The strings of {@code language} (a BCP 47 tag), with the overrides in {@code templates} (the repository's
     * {@code templates/} folder, if any). Loads leniently: the read stage has reported what is wrong with the files,
     * so a file that cannot be read is left out and a missing string is the English one.
     *
     * @throws IllegalArgumentException when {@code language} is not a well-formed tag
     */
    public static Strings of(String language, Optional<Path> templates) {
        Locale locale = Languages.locale(language)
                .orElseThrow(() -> new IllegalArgumentException("not a BCP 47 language tag: " + language));
        List<Map<String, String>> layers = new ArrayList<>();
        for (String suffix : Languages.candidates(locale)) {
            templates.flatMap(folder -> userFile(folder, suffix)).ifPresent(f -> layers.add(f.values()));
            Languages.builtIn(suffix).ifPresent(f -> layers.add(f.values()));
        }
        Map<String, String> values = new LinkedHashMap<>(Languages.english().values());
        for (int i = layers.size() - 1; i >= 0; i--) {
            values.putAll(layers.get(i));
        }
        return new Strings(locale, values);
    }

    /** A repository's strings file for {@code suffix}, when it is a readable UTF-8 file and not a link. */
    static Optional<StringsFile> userFile(Path folder, String suffix) {
        Path file = folder.resolve(Languages.fileName(suffix));
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return Optional.of(StringsFile.parse(text));
        } catch (CharacterCodingException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The BCP 47 tag of the language, normalised: {@code en}, {@code pt-BR}. */
    public String language() {
        return language;
    }

    public Locale locale() {
        return locale;
    }

    /** Whether the language is English (any region): its output is sitrep's reference. */
    public boolean isEnglish() {
        return locale.getLanguage().equals(Languages.FALLBACK);
    }

    /**
     * The text of {@code key}, as written in the file.
     *
     * @throws IllegalArgumentException when sitrep has no such string (a bug: every key has an English text)
     */
    public String text(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("no string '" + key + "'");
        }
        return value;
    }

    /** The text of {@code key} with its arguments: {@code {0}} is the first. */
    public String format(String key, Object... args) {
        return format(text(key), locale, args);
    }

    /**
     * The plural of {@code key} for {@code n}: {@code <key>.one} or {@code <key>.other} with {@code n} as {@code {0}}
     * (digits only) and {@code args} from {@code {1}} on.
     */
    public String plural(String key, long n, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = Long.toString(n);
        System.arraycopy(args, 0, all, 1, args.length);
        return format(key + (one(n) ? ".one" : ".other"), all);
    }

    /** Whether {@code n} takes the singular: 1 in English, German and Spanish; 0 and 1 in French. */
    private boolean one(long n) {
        return locale.getLanguage().equals("fr") ? n == 0 || n == 1 : n == 1;
    }

    /**
     * The short name of {@code zone} at {@code instant} in this language: {@link ZoneNames}' abbreviation, or the
     * language's own word for it when its strings have {@code zone.<abbreviation>} ({@code zone.CET = MEZ}).
     */
    public String zoneName(Instant instant, ZoneId zone) {
        String name = ZoneNames.of(instant, zone);
        return values.getOrDefault(ZONE_PREFIX + name, name);
    }

    /** Every string by key, for templates ({@code ${t["nav.history"]}}): the texts as written. */
    public Map<String, String> all() {
        return values;
    }

    /**
     * Formats a message pattern in which an apostrophe is plain text ({@code l'incident {0}}).
     *
     * <p>The patterns of sitrep's strings have only plain {@code {n}} places and get text as their values: those are
     * filled in directly, as {@link MessageFormat} would fill them (a page calls this for every date, duration and
     * count it writes); anything else goes through {@link MessageFormat}.
     *
     * @throws IllegalArgumentException when the pattern is not a valid message format
     */
    public static String format(String pattern, Locale locale, Object... args) {
        Objects.requireNonNull(pattern, "pattern");
        if (pattern.indexOf('{') < 0) {
            return pattern;
        }
        String simple = simple(pattern, args);
        return simple != null ? simple : new MessageFormat(pattern.replace("'", "''"), locale).format(args);
    }

    /**
     * {@code pattern} with its places filled, when each place is a plain {@code {n}} with a text value and every
     * brace belongs to a place; else null.
     */
    private static String simple(String pattern, Object[] args) {
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '}') {
                return null;
            }
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            int close = pattern.indexOf('}', i);
            if (close < 0 || close == i + 1 || close - i > 3) {
                return null;
            }
            int n = 0;
            for (int j = i + 1; j < close; j++) {
                char d = pattern.charAt(j);
                if (d < '0' || d > '9') {
                    return null;
                }
                n = n * 10 + (d - '0');
            }
            if (n < args.length) {
                if (!(args[n] instanceof String text)) {
                    return null;
                }
                out.append(text);
            } else {
                out.append('{').append(n).append('}');
            }
            i = close + 1;
        }
        return out.toString();
    }

    /**
     * The problem with the string {@code key}, if it cannot be used: a date pattern ({@code date.pattern.*}) that
     * {@link java.time.format.DateTimeFormatter} does not take, or a message that {@link #format} cannot use.
     */
    public static Optional<String> problem(String key, String value) {
        if (key.startsWith("date.pattern.")) {
            java.time.format.DateTimeFormatter formatter;
            try {
                formatter = java.time.format.DateTimeFormatter.ofPattern(value, Locale.ROOT);
            } catch (IllegalArgumentException e) {
                return Optional.of("it is not a date pattern (" + e.getMessage() + "); see the patterns of "
                        + "java.time.format.DateTimeFormatter");
            }
            TemporalAccessor sample = PATTERN_SAMPLES.getOrDefault(key, SAMPLE_TIME);
            try {
                formatter.format(sample);
                return Optional.empty();
            } catch (java.time.DateTimeException e) {
                return Optional.of("it asks for a field that " + (sample == SAMPLE_TIME ? "a time"
                        : sample instanceof YearMonth ? "a month" : "a date") + " does not have ("
                        + e.getMessage() + "); keep to the letters of the English pattern");
            }
        }
        return patternProblem(value).map(p -> "it is not a valid message (" + p + "); write {0}, {1}, ... for the "
                + "values sitrep fills in and no other braces");
    }

    /** The problem with a message pattern, if it is not one that {@link #format} can use. */
    public static Optional<String> patternProblem(String pattern) {
        try {
            new MessageFormat(pattern.replace("'", "''"), Locale.ROOT);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            String message = e.getMessage() == null ? "not a valid message format" : e.getMessage().strip();
            return Optional.of(message.endsWith(".") ? message.substring(0, message.length() - 1) : message);
        }
    }
}
