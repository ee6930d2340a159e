package dev.sitrep.author;

import dev.sitrep.SitrepException;
import freemarker.cache.ClassTemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Starts a new status repository in a folder: the pom that declares the plugin, {@code incidents/sitrep.yaml} with
 * the default severities and postmortem policy spelled out, the CI files for GitHub Actions and GitLab CI, the
 * JVM options that suit a sitrep build, a {@code .gitignore} and a README for the repository's own users. It never
 * overwrites anything: when any of its files exists it writes none of them.
 *
 * <p>The files are FreeMarker templates under {@code dev/sitrep/init/} with square-bracket syntax
 * ({@code [=title]}), so that the {@code ${...}} of poms and workflows stays as it is.
 */
public final class RepositoryScaffold {

    /** The title when none is given. */
    public static final String DEFAULT_TITLE = "Service Status";
    /** The base URL when none is given: a placeholder the README and sitrep.yaml ask to change. */
    public static final String DEFAULT_BASE_URL = "https://status.example.com";
    /** The components when none are given. */
    public static final String DEFAULT_COMPONENTS = "api:API,website:Website";

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final String COMPONENTS_EXAMPLE = "-Dcomponents=\"api:Public API,web:Website\"";
    private static final String TEMPLATES = "/dev/sitrep/init";

    /** Each file: its path in the new repository, and the template it comes from. */
    private static final Map<String, String> FILES = files();

    private RepositoryScaffold() {
    }

    private static Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("pom.xml", "pom.xml.ftlx");
        files.put(".mvn/jvm.config", "jvm.config");
        files.put("incidents/sitrep.yaml", "sitrep.yaml.ftl");
        files.put(".github/workflows/status.yml", "status.yml.ftl");
        files.put(".gitlab-ci.yml", "gitlab-ci.yml.ftl");
        files.put(".gitignore", "gitignore.ftl");
        files.put("README.md", "README.md.ftl");
        return Collections.unmodifiableMap(files);
    }

    /**
     * What {@code init} was asked for. Absent values take the defaults above.
     *
     * @param title         the site's title
     * @param baseUrl       where the site will be published, an absolute http(s) URL
     * @param components    the components as {@code id:Name,id:Name}
     * @param sitrepVersion the version of sitrep the new pom declares: the one that runs {@code init}
     */
    public record Request(Optional<String> title, Optional<String> baseUrl, Optional<String> components,
                          String sitrepVersion) {

        public Request {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(baseUrl, "baseUrl");
            Objects.requireNonNull(components, "components");
            Objects.requireNonNull(sitrepVersion, "sitrepVersion");
        }
    }

    /** A component of the new {@code sitrep.yaml}. */
    record Component(String id, String name) {
    }

    /** The paths (relative to the new repository, with {@code /}) that {@link #write} writes, in order. */
    public static List<String> paths() {
        return List.copyOf(FILES.keySet());
    }

    /**
     * Writes the new repository's files into {@code directory}, after checking every value of {@code request}.
     *
     * @return the paths written, relative to {@code directory}, in order
     * @throws AuthoringException when a value is not valid or a file already exists; nothing is written then
     * @throws SitrepException    when a file cannot be written (the files written before it are removed)
     */
    public static List<String> write(Path directory, Request request) {
        Map<String, String> texts = render(directory, request);
        List<String> existing = new ArrayList<>();
        for (String path : texts.keySet()) {
            if (Files.exists(directory.resolve(path), LinkOption.NOFOLLOW_LINKS)) {
                existing.add(path);
            }
        }
        if (!existing.isEmpty()) {
            throw new AuthoringException("sitrep:init wrote nothing, because " + String.join(", ", existing)
                    + (existing.size() == 1 ? " already exists" : " already exist") + " in " + directory
                    + "; it never overwrites a file. Run it in an empty folder, or move "
                    + (existing.size() == 1 ? "that file" : "those files") + " aside first");
        }
        List<Path> written = new ArrayList<>();
        try {
            for (Map.Entry<String, String> file : texts.entrySet()) {
                Path target = directory.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                AtomicFiles.create(target, file.getValue().getBytes(StandardCharsets.UTF_8));
                written.add(target);
            }
        } catch (FileAlreadyExistsException e) { // created by someone else since the check above
            removeAll(written);
            throw new AuthoringException("sitrep:init wrote nothing, because " + directory.relativize(Path.of(
                    e.getFile())) + " appeared while it was writing; it never overwrites a file");
        } catch (IOException e) {
            removeAll(written);
            throw new SitrepException("sitrep:init cannot write into " + directory + ": " + e.getMessage(), e);
        }
        return List.copyOf(texts.keySet());
    }

    /** Every file's text for {@code request}, by path, without writing anything. */
    static Map<String, String> render(Path directory, Request request) {
        Map<String, Object> model = model(directory, request);
        Configuration freemarker = freemarker();
        Map<String, String> texts = new LinkedHashMap<>();
        for (Map.Entry<String, String> file : FILES.entrySet()) {
            texts.put(file.getKey(), render(freemarker, file.getValue(), model));
        }
        return texts;
    }

    private static Map<String, Object> model(Path directory, Request request) {
        String title = title(request.title().orElse(DEFAULT_TITLE));
        String baseUrl = baseUrl(request.baseUrl().orElse(DEFAULT_BASE_URL));
        List<Component> components = components(request.components().orElse(DEFAULT_COMPONENTS));
        Properties build = buildProperties();
        String version = request.sitrepVersion();
        Map<String, Object> model = new HashMap<>();
        model.put("title", title);
        model.put("titleYaml", YamlScalars.block(title));
        model.put("baseUrl", baseUrl);
        model.put("baseUrlYaml", YamlScalars.block(baseUrl));
        model.put("components", components.stream()
                .map(c -> Map.of("id", c.id(), "name", YamlScalars.block(c.name()))).toList());
        model.put("firstComponentId", components.get(0).id());
        model.put("artifactId", artifactId(directory));
        model.put("sitrepVersion", version);
        model.put("sitrepRepository", build.getProperty("repository"));
        model.put("sitrepRef", version.endsWith("-SNAPSHOT") ? "main" : "v" + version);
        model.put("sitePluginVersion", build.getProperty("sitePluginVersion"));
        model.put("projectInfoReportsPluginVersion", build.getProperty("projectInfoReportsPluginVersion"));
        return model;
    }

    /** The id of the first component of {@code components} (or of the default ones), for examples. */
    public static String firstComponent(Optional<String> components) {
        return components(components.orElse(DEFAULT_COMPONENTS)).get(0).id();
    }

    /** The title, on one line. */
    static String title(String text) {
        String title = text.strip();
        if (title.isEmpty()) {
            throw new AuthoringException("title is empty; name the status site, e.g. -Dtitle=\"Acme Status\"");
        }
        if (title.codePoints().anyMatch(Character::isISOControl)) {
            throw new AuthoringException("title has a line break or another control character; write it on one "
                    + "line, e.g. -Dtitle=\"Acme Status\"");
        }
        return title;
    }

    /** The base URL: absolute, http or https, with a host, nothing after the path. */
    static String baseUrl(String text) {
        String url = text.strip();
        String problem = null;
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                problem = "is not an http or https URL";
            } else if (uri.getHost() == null || uri.getHost().isEmpty()) {
                problem = "has no host name";
            } else if (uri.getRawUserInfo() != null) {
                problem = "has a user name or password in it";
            } else if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
                problem = "has a query or a fragment (?... or #...)";
            }
        } catch (URISyntaxException e) {
            problem = "is not a URL (" + e.getReason() + ")";
        }
        if (problem != null) {
            throw new AuthoringException("baseUrl '" + url + "' " + problem + "; write the address the status site "
                    + "will be published at, e.g. -DbaseUrl=https://status.acme.example");
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The components of {@code id:Name,id:Name}: ids unique and valid, names not empty. */
    static List<Component> components(String text) {
        List<Component> components = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (String item : text.split(",", -1)) {
            String entry = item.strip();
            int colon = entry.indexOf(':');
            if (colon < 0) {
                throw new AuthoringException("components '" + text + "' has '" + entry + "', which is not id:name; "
                        + "write each component as its id, a colon and its name, separated by commas, e.g. "
                        + COMPONENTS_EXAMPLE);
            }
            String id = entry.substring(0, colon).strip();
            String name = entry.substring(colon + 1).strip();
            if (!ID.matcher(id).matches()) {
                throw new AuthoringException("components '" + text + "' has the id '" + id + "'; an id is lowercase "
                        + "letters, digits and hyphens, starting with a letter or digit, e.g. " + COMPONENTS_EXAMPLE);
            }
            if (name.isEmpty() || name.codePoints().anyMatch(Character::isISOControl)) {
                throw new AuthoringException("components '" + text + "' has no name for '" + id + "'; write the name "
                        + "customers see after the colon, e.g. " + COMPONENTS_EXAMPLE);
            }
            if (!ids.add(id)) {
                throw new AuthoringException("components '" + text + "' has the id '" + id + "' twice; each component "
                        + "needs an id of its own, e.g. " + COMPONENTS_EXAMPLE);
            }
            components.add(new Component(id, name));
        }
        return components;
    }

    /** The new pom's artifactId: the folder's name as lowercase letters, digits, dots and hyphens. */
    static String artifactId(Path directory) {
        Path name = directory.toAbsolutePath().normalize().getFileName();
        String id = name == null ? "" : name.toString().toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9.]+", "-").replaceAll("^[-.]+|[-.]+$", "");
        return id.isEmpty() ? "status" : id;
    }

    private static Configuration freemarker() {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setTemplateLoader(new ClassTemplateLoader(RepositoryScaffold.class, TEMPLATES));
        configuration.setRecognizeStandardFileExtensions(true); // .ftlx escapes for XML, .ftl writes text as it is
        configuration.setInterpolationSyntax(Configuration.SQUARE_BRACKET_INTERPOLATION_SYNTAX);
        configuration.setTagSyntax(Configuration.SQUARE_BRACKET_TAG_SYNTAX);
        configuration.setDefaultEncoding("UTF-8");
        configuration.setLocale(Locale.ROOT);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        return configuration;
    }

    private static String render(Configuration freemarker, String template, Map<String, Object> model) {
        try {
            Template t = freemarker.getTemplate(template);
            StringWriter out = new StringWriter();
            t.process(model, out);
            return out.toString();
        } catch (IOException | TemplateException e) {
            throw new IllegalStateException("the built-in template " + template + " cannot be rendered", e);
        }
    }

    /** Facts of the sitrep build: its repository and the plugin versions a status repository pins. */
    private static Properties buildProperties() {
        Properties properties = new Properties();
        try (InputStream in = RepositoryScaffold.class.getResourceAsStream(TEMPLATES + "/build.properties")) {
            if (in == null) {
                throw new IllegalStateException(TEMPLATES + "/build.properties is missing from sitrep's jar");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static void removeAll(List<Path> written) {
        for (Path path : written) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // best effort: the failure that brought us here is the one to report
            }
        }
    }
}
