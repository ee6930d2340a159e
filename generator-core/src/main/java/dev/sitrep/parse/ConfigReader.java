package dev.sitrep.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sitrep.finding.Findings;
import dev.sitrep.finding.Rule;
import dev.sitrep.i18n.Languages;
import dev.sitrep.model.ActionItemPolicy;
import dev.sitrep.model.Component;
import dev.sitrep.model.Impact;
import dev.sitrep.model.Factor;
import dev.sitrep.model.PostmortemPolicy;
import dev.sitrep.model.RequiredSection;
import dev.sitrep.model.Severity;
import dev.sitrep.model.SiteConfig;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code sitrep.yaml}. A configuration is built whenever the file is a mapping, so that the other files
 * can still be checked against its components and severities; what is missing or wrong is reported.
 */
final class ConfigReader {

    private ConfigReader() {
    }

    static Optional<SiteConfig> read(YamlDocument doc, Findings findings) {
        Optional<Fields> maybe = Fields.of(doc.root(), "", doc.positions(), findings, "sitrep.yaml");
        if (maybe.isEmpty()) {
            return Optional.empty();
        }
        Fields f = maybe.get();
        f.allowOnly("sitrep.yaml", "title", "baseUrl", "timezone", "language", "components", "severities", "postmortem",
                "actionItems");
        String title = f.text("title", true).orElse("");
        String baseUrl = f.text("baseUrl", true).filter(u -> checkBaseUrl(u, f)).orElse("");
        ZoneId zone = f.text("timezone", false).flatMap(z -> zone(z, f)).orElse(ZoneOffset.UTC);
        String language = f.text("language", false).filter(l -> checkLanguage(l, f))
                .orElse(SiteConfig.DEFAULT_LANGUAGE);
        List<Component> components = components(f);
        List<Severity> severities = f.has("severities") ? severities(f) : Severity.defaults();
        PostmortemPolicy postmortem = postmortem(f);
        ActionItemPolicy actionItems = actionItems(f);
        return Optional.of(new SiteConfig(title, baseUrl, zone, language, components, severities, postmortem,
                actionItems,
                doc.positions()));
    }

    private static boolean checkBaseUrl(String url, Fields f) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            if (uri.isAbsolute() && uri.getHost() != null && ("https".equals(scheme) || "http".equals(scheme))
                    && uri.getQuery() == null && uri.getFragment() == null) {
                return true;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        f.invalid("baseUrl", "'baseUrl' '" + url + "' must be an absolute http(s) URL without query, "
                + "e.g. https://status.example.com");
        return false;
    }

    private static boolean checkLanguage(String language, Fields f) {
        if (Languages.locale(language).isPresent()) {
            return true;
        }
        String hyphens = language.replace('_', '-');
        String hint = !hyphens.equals(language) && Languages.locale(hyphens).isPresent()
                ? "write '" + hyphens + "', with a hyphen" : "use one such as " + String.join(", ", Languages.BUILT_IN)
                + " or pt-BR";
        f.invalid("language", "'language' '" + language + "' is not a BCP 47 language tag; " + hint);
        return false;
    }

    private static Optional<ZoneId> zone(String z, Fields f) {
        try {
            return Optional.of(ZoneId.of(z));
        } catch (DateTimeException e) {
            f.invalid("timezone", "'timezone' '" + z + "' is not a time zone; use an IANA name such as UTC or "
                    + "Europe/Berlin");
            return Optional.empty();
        }
    }

    private static List<Component> components(Fields f) {
        List<Component> out = new ArrayList<>();
        Optional<JsonNode> list = f.value("components", true);
        if (list.isEmpty()) {
            return out;
        }
        if (!list.get().isArray() || list.get().isEmpty()) {
            f.invalid("components", "'components' must be a list of at least one component with id and name");
            return out;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < list.get().size(); i++) {
            Optional<Fields> c = Fields.of(list.get().get(i), f.pointer("components") + "/" + i, f.positions(),
                    f.findings(), "a component");
            if (c.isEmpty()) {
                continue;
            }
            Fields cf = c.get();
            cf.allowOnly("a component", "id", "name", "group", "description");
            Optional<String> id = cf.id("id", true);
            Optional<String> name = cf.text("name", true);
            Optional<String> group = cf.text("group", false);
            Optional<String> description = cf.text("description", false);
            if (id.isPresent()) {
                Integer first = seen.putIfAbsent(id.get(), cf.at("id").line());
                if (first != null) {
                    f.findings().error(Rule.DUPLICATE_ID, cf.at("id"),
                            "component id '" + id.get() + "' is already used at line " + first + "; ids must be unique");
                    continue;
                }
                out.add(new Component(id.get(), name.orElse(id.get()), group, description));
            }
        }
        return out;
    }

    private static List<Severity> severities(Fields f) {
        List<Severity> out = new ArrayList<>();
        JsonNode list = f.value("severities", false).orElseThrow();
        if (!list.isArray() || list.isEmpty()) {
            f.invalid("severities", "'severities' must be a list of at least one severity; leave it out for P0..P3");
            return Severity.defaults();
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            Optional<Fields> s = Fields.of(list.get(i), f.pointer("severities") + "/" + i, f.positions(),
                    f.findings(), "a severity");
            if (s.isEmpty()) {
                continue;
            }
            Fields sf = s.get();
            sf.allowOnly("a severity", "id", "name", "impact", "acknowledgeWithin", "resolveWithin", "updateEvery",
                    "postmortemRequired");
            Optional<String> id = sf.text("id", true);
            Optional<String> name = sf.text("name", false);
            Optional<Impact> impact = sf.choice("impact", true, Impact.values(), Impact::id);
            var ack = sf.duration("acknowledgeWithin", false);
            var resolve = sf.duration("resolveWithin", false);
            var every = sf.duration("updateEvery", false);
            boolean postmortem = sf.bool("postmortemRequired").orElse(false);
            if (id.isEmpty() || impact.isEmpty()) {
                continue;
            }
            Integer first = seen.putIfAbsent(id.get(), sf.at("id").line());
            if (first != null) {
                f.findings().error(Rule.DUPLICATE_ID, sf.at("id"),
                        "severity id '" + id.get() + "' is already used at line " + first + "; ids must be unique");
                continue;
            }
            out.add(new Severity(id.get(), name.orElse(id.get()), impact.get(), ack, resolve, every, postmortem));
        }
        return out;
    }

    private static PostmortemPolicy postmortem(Fields f) {
        PostmortemPolicy defaults = PostmortemPolicy.defaults();
        Optional<Fields> p = f.value("postmortem", false)
                .flatMap(v -> Fields.of(v, f.pointer("postmortem"), f.positions(), f.findings(), "'postmortem'"));
        if (p.isEmpty()) {
            return defaults;
        }
        Fields pf = p.get();
        pf.allowOnly("'postmortem'", "dueWithin", "requiredSections", "factors", "repeatWithin");
        var due = pf.duration("dueWithin", false).orElse(defaults.dueWithin());
        var repeatWithin = pf.duration("repeatWithin", false).orElse(defaults.repeatWithin());
        List<Factor> factors = factors(pf);
        List<RequiredSection> sections = defaults.requiredSections();
        Optional<JsonNode> list = pf.value("requiredSections", false);
        if (list.isPresent()) {
            if (!list.get().isArray()) {
                pf.invalid("requiredSections", "'requiredSections' must be a list of headings");
            } else {
                sections = new ArrayList<>();
                for (int i = 0; i < list.get().size(); i++) {
                    JsonNode item = list.get().get(i);
                    String ptr = pf.pointer("requiredSections") + "/" + i;
                    if (item.isValueNode() && !item.isNull() && !item.asText().isBlank()) {
                        sections.add(new RequiredSection(item.asText().strip(), List.of()));
                        continue;
                    }
                    Optional<Fields> sf = Fields.of(item, ptr, f.positions(), f.findings(), "a required section");
                    if (sf.isEmpty()) {
                        continue;
                    }
                    sf.get().allowOnly("a required section", "name", "aliases");
                    Optional<String> name = sf.get().text("name", true);
                    List<String> aliases = sf.get().textList("aliases", false).orElse(List.of());
                    if (name.isPresent()) {
                        sections.add(new RequiredSection(name.get(), aliases));
                    }
                }
            }
        }
        return new PostmortemPolicy(due, sections, factors, repeatWithin);
    }

    /** The contributing-factor taxonomy: a list of {id, name, description}; ids unique. */
    private static List<Factor> factors(Fields pf) {
        List<Factor> out = new ArrayList<>();
        Optional<JsonNode> list = pf.value("factors", false);
        if (list.isEmpty()) {
            return out;
        }
        if (!list.get().isArray()) {
            pf.invalid("factors", "'factors' must be a list of contributing factors, each with id and name");
            return out;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < list.get().size(); i++) {
            Optional<Fields> c = Fields.of(list.get().get(i), pf.pointer("factors") + "/" + i, pf.positions(),
                    pf.findings(), "a contributing factor");
            if (c.isEmpty()) {
                continue;
            }
            Fields ff = c.get();
            ff.allowOnly("a contributing factor", "id", "name", "description");
            Optional<String> id = ff.id("id", true);
            Optional<String> name = ff.text("name", true);
            Optional<String> description = ff.text("description", false);
            if (id.isPresent()) {
                Integer first = seen.putIfAbsent(id.get(), ff.at("id").line());
                if (first != null) {
                    pf.findings().error(Rule.DUPLICATE_ID, ff.at("id"), "contributing factor id '" + id.get()
                            + "' is already used at line " + first + "; ids must be unique");
                    continue;
                }
                out.add(new Factor(id.get(), name.orElse(id.get()), description));
            }
        }
        return out;
    }

    private static ActionItemPolicy actionItems(Fields f) {
        ActionItemPolicy defaults = ActionItemPolicy.defaults();
        Optional<Fields> a = f.value("actionItems", false)
                .flatMap(v -> Fields.of(v, f.pointer("actionItems"), f.positions(), f.findings(), "'actionItems'"));
        if (a.isEmpty()) {
            return defaults;
        }
        Fields af = a.get();
        af.allowOnly("'actionItems'", "completeWithin", "targetCompletionRate");
        return new ActionItemPolicy(af.duration("completeWithin", false).orElse(defaults.completeWithin()),
                af.number("targetCompletionRate", 0, 1).orElse(defaults.targetCompletionRate()));
    }
}
