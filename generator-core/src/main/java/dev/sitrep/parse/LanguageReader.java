package dev.sitrep.parse;

import dev.sitrep.finding.Findings;
import dev.sitrep.finding.Rule;
import dev.sitrep.finding.Suggestions;
import dev.sitrep.i18n.Languages;
import dev.sitrep.i18n.Strings;
import dev.sitrep.i18n.StringsFile;
import dev.sitrep.model.Location;
import dev.sitrep.model.SiteConfig;
import dev.sitrep.source.SourceTree;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the strings of the site's {@code language}: the repository's {@code templates/strings_<lang>.properties}
 * files and the built-in ones. A language with no strings at all and a message that cannot be formatted are errors;
 * a string the language lacks (English is used) and a key that looks like a typo of one of sitrep's are warnings.
 * Both goals see these findings, so {@code generate} refuses nothing that {@code check} lets pass.
 */
final class LanguageReader {

    private LanguageReader() {
    }

    static void read(SiteConfig config, SourceTree tree, String configDisplay, Findings findings) {
        Optional<Locale> maybe = Languages.locale(config.language());
        if (maybe.isEmpty()) {
            return; // reported by ConfigReader
        }
        Location at = config.positions().of("/language");
        StringsFile english = Languages.english();
        Map<String, String> englishValues = english.values();
        String prefix = configDisplay.substring(0, configDisplay.length() - SourceTree.CONFIG.length())
                + SourceTree.TEMPLATES_DIR + "/";

        boolean any = false;
        boolean broken = false; // a strings file that cannot be read: its finding says so, not one per string
        Set<String> covered = new HashSet<>();
        Optional<String> mostSpecificUserFile = Optional.empty();
        List<String> candidates = Languages.candidates(maybe.get());
        for (String suffix : candidates) {
            String name = Languages.fileName(suffix);
            Optional<Path> file = tree.templates().map(folder -> folder.resolve(name));
            // a file that is there but cannot be read has its own finding; the language is not without strings
            boolean there = file.filter(f -> Files.exists(f, LinkOption.NOFOLLOW_LINKS)).isPresent();
            any |= there;
            Optional<StringsFile> user = file.flatMap(f -> userFile(f, prefix + name, findings));
            broken |= there && user.isEmpty();
            if (user.isPresent()) {
                if (mostSpecificUserFile.isEmpty()) {
                    mostSpecificUserFile = Optional.of(prefix + name);
                }
                checkEntries(user.get(), prefix + name, englishValues, findings);
                user.get().entries().forEach(e -> covered.add(e.key()));
            }
            Optional<StringsFile> builtIn = Languages.builtIn(suffix);
            if (builtIn.isPresent()) {
                any = true;
                builtIn.get().entries().forEach(e -> covered.add(e.key()));
            }
        }
        if (!any) {
            findings.error(Rule.STRINGS, at, "language '" + config.language() + "' has no strings: sitrep ships "
                    + String.join(", ", Languages.BUILT_IN) + "; to write the site in another language, add "
                    + prefix + Languages.fileName(candidates.get(candidates.size() - 1))
                    + " with its translations of sitrep's strings_en.properties");
            return;
        }
        if (broken || maybe.get().getLanguage().equals(Languages.FALLBACK)) {
            return;
        }
        Location missingAt = mostSpecificUserFile.map(Location::startOf).orElse(at);
        String where = mostSpecificUserFile.map(f -> f.substring(f.lastIndexOf('/') + 1))
                .orElse("the strings of '" + config.language() + "'");
        for (Map.Entry<String, String> e : englishValues.entrySet()) {
            if (!covered.contains(e.getKey())) {
                findings.warning(Rule.STRINGS, missingAt, "string '" + e.getKey() + "' is missing from " + where
                        + "; the English text is used: '" + e.getValue() + "'");
            }
        }
    }

    /** A typo of one of sitrep's keys, and a message that cannot be formatted. */
    private static void checkEntries(StringsFile file, String display, Map<String, String> english,
                                     Findings findings) {
        for (StringsFile.Entry e : file.entries()) {
            Location at = new Location(display, e.line(), 1);
            if (!english.containsKey(e.key()) && !e.key().startsWith(Strings.ZONE_PREFIX)) {
                // a key of the repository's own templates is fine; one close to sitrep's is probably a typo
                Optional<String> near = Suggestions.closest(e.key(), english.keySet());
                near.ifPresent(n -> findings.warning(Rule.STRINGS, at, "sitrep has no string '" + e.key()
                        + "' (did you mean '" + n + "'?); a template of templates/ may still use it as t[\""
                        + e.key() + "\"]"));
            }
            Strings.problem(e.key(), e.value()).ifPresent(problem -> findings.error(Rule.STRINGS, at, "string '"
                    + e.key() + "' cannot be used: " + problem));
        }
    }

    /** A repository's strings file, when it exists; findings when it is a link, too large or not UTF-8. */
    private static Optional<StringsFile> userFile(Path file, String display, Findings findings) {
        if (Files.isSymbolicLink(file)) {
            findings.error(Rule.STRAY_FILE, Location.startOf(display),
                    "a symbolic link is not read as a strings file; put the file itself in templates/");
            return Optional.empty();
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            if (!SourceText.sizeAllowed(display, Files.size(file), findings)) {
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            findings.error(Rule.SYNTAX, Location.startOf(display), "cannot read the file: " + e.getMessage());
            return Optional.empty();
        }
        return SourceText.decode(display, bytes, findings).map(StringsFile::parse);
    }
}
