package dev.sitrep.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The languages sitrep knows: the built-in strings files on the class path (in the {@code sitrep-site-templates}
 * jar), their names, and how a BCP 47 tag finds its files, most specific first ({@code de-CH}: {@code de_CH}, then
 * {@code de}).
 */
public final class Languages {

    /** The languages sitrep ships, English first. */
    public static final List<String> BUILT_IN = List.of("en", "de", "fr", "es");

    /** The language of a site without {@code language}, and of every string a language lacks. */
    public static final String FALLBACK = "en";

    /** Where the built-in strings files are on the class path. */
    static final String RESOURCE_FOLDER = "dev/sitrep/templates/strings";

    private Languages() {
    }

    /** The locale of a BCP 47 tag ({@code en}, {@code pt-BR}), or empty when the tag is not well formed. */
    public static Optional<Locale> locale(String tag) {
        if (tag == null || tag.isBlank() || tag.contains("_")) {
            return Optional.empty();
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag.strip()).build();
            return locale.getLanguage().isEmpty() ? Optional.empty() : Optional.of(locale);
        } catch (IllformedLocaleException e) {
            return Optional.empty();
        }
    }

    /**
     * The suffixes of the strings files of {@code locale}, most specific first: {@code zh-Hant-TW} gives
     * {@code zh_Hant_TW}, {@code zh_Hant}, {@code zh_TW}, {@code zh}.
     */
    public static List<String> candidates(Locale locale) {
        String language = locale.getLanguage();
        String script = locale.getScript();
        String country = locale.getCountry();
        List<String> out = new ArrayList<>();
        if (!script.isEmpty() && !country.isEmpty()) {
            out.add(language + "_" + script + "_" + country);
        }
        if (!script.isEmpty()) {
            out.add(language + "_" + script);
        }
        if (!country.isEmpty()) {
            out.add(language + "_" + country);
        }
        out.add(language);
        return List.copyOf(out);
    }

    /** The name of the strings file of a suffix: {@code strings_de.properties}. */
    public static String fileName(String suffix) {
        return "strings_" + suffix + ".properties";
    }

    /** The built-in strings files read so far, by suffix: they are in sitrep's jar and never change. */
    private static final Map<String, Optional<StringsFile>> BUILT_IN_FILES = new ConcurrentHashMap<>();

    /** The built-in strings file of a suffix ({@code de}), if sitrep ships one. */
    public static Optional<StringsFile> builtIn(String suffix) {
        return BUILT_IN_FILES.computeIfAbsent(suffix, Languages::readBuiltIn);
    }

    private static Optional<StringsFile> readBuiltIn(String suffix) {
        try (InputStream in = Languages.class.getClassLoader()
                .getResourceAsStream(RESOURCE_FOLDER + "/" + fileName(suffix))) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(StringsFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in " + fileName(suffix), e);
        }
    }

    /** The English strings, every key sitrep uses. */
    public static StringsFile english() {
        return builtIn(FALLBACK).orElseThrow(() -> new IllegalStateException(
                "the built-in " + fileName(FALLBACK) + " is missing from the sitrep-site-templates jar"));
    }
}
