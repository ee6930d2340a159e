package dev.sitrep.site.html;

import dev.sitrep.SitrepException;
import dev.sitrep.templating.TemplateFailure;
import dev.sitrep.templating.TemplateSyntax;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TimeZone;

/**
 * The FreeMarker setup of one run: the user's {@code templates/} folder first, then the built-in templates of the
 * {@code sitrep-site-templates} jar, HTML auto-escaping, and failures that name the template file and line.
 *
 * <p>Templates receive page-model records that already hold every display string, so the configured locale and time
 * zone only matter to a template that formats on its own; they are fixed anyway so output never depends on the
 * machine.
 */
final class Templates {

    /** Where the built-in templates, the stylesheet and the images are on the class path. */
    static final String CLASSPATH_FOLDER = TemplateSyntax.BUILT_IN_FOLDER;

    /** The first buffer of a page: an incident page with a postmortem is about this size. */
    private static final int INITIAL_PAGE_CHARS = 16 * 1024;

    /** The most characters of a page held before they are encoded and written. */
    private static final int FLUSH_CHARS = 64 * 1024;

    private final Configuration configuration;
    private final Optional<Path> userFolder;

    Templates(Optional<Path> userFolder, ZoneId zone) {
        Objects.requireNonNull(userFolder, "userFolder");
        Objects.requireNonNull(zone, "zone");
        this.userFolder = userFolder.filter(Files::isDirectory);
        this.configuration = configure(this.userFolder, zone);
    }

    private static Configuration configure(Optional<Path> userFolder, ZoneId zone) {
        Configuration cfg = TemplateSyntax.configuration();
        List<TemplateLoader> loaders = new ArrayList<>();
        if (userFolder.isPresent()) {
            try {
                loaders.add(new FileTemplateLoader(userFolder.get().toFile()));
            } catch (IOException e) {
                throw new SitrepException("cannot read the templates folder " + userFolder.get() + ": " + e.getMessage(),
                        e);
            }
        }
        loaders.add(new ClassTemplateLoader(Templates.class.getClassLoader(), CLASSPATH_FOLDER));
        cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(new TemplateLoader[0])));
        cfg.setOutputEncoding(StandardCharsets.UTF_8.name());
        cfg.setTimeZone(TimeZone.getTimeZone(zone));
        // A run never sees a template change: without this, every page after the first five seconds of a large site
        // asks the loader again whether its template file (or jar entry) was modified.
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        cfg.setObjectWrapper(new RecordObjectWrapper());
        return cfg;
    }

    /**
     * Renders the template {@code name} (e.g. {@code index.ftlh}) with {@code model} as its data model, as UTF-8, into
     * {@code out}, in pieces of about {@value #FLUSH_CHARS} characters: a page of any size never sits in memory whole.
     *
     * @throws SitrepException      when the template cannot be found, parsed or run
     * @throws UncheckedIOException when {@code out} fails
     */
    void render(String name, Object model, OutputStream out) {
        Template template;
        try {
            template = configuration.getTemplate(name);
        } catch (TemplateNotFoundException e) {
            throw new SitrepException("template " + name + " not found in " + searched(), e);
        } catch (IOException e) {
            // FreeMarker remembers a template that failed to load: the next page of that template (often on the
            // other thread, before the first failure stops the build) gets an IOException "error loading the
            // template on an earlier attempt" whose cause is the ParseException with the file and line
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof ParseException parse) {
                    throw unparsable(name, parse);
                }
            }
            throw new SitrepException("cannot read template " + name + ": " + e.getMessage(), e);
        }
        PageWriter writer = new PageWriter(out);
        try {
            template.process(model, writer);
            writer.drain(true);
        } catch (TemplateException e) {
            String source = e.getTemplateSourceName() != null ? e.getTemplateSourceName() : name;
            String blamed = e.getBlamedExpressionString();
            String problem = TemplateSyntax.firstLine(e.getMessageWithoutStackTop());
            if (blamed != null && !problem.contains(blamed)) {
                problem = problem.endsWith(":") ? problem + " " + blamed : problem + " (" + blamed + ")";
            }
            throw failure(source, orOne(e.getLineNumber()), orOne(e.getColumnNumber()),
                    "the template failed: " + problem, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TemplateFailure unparsable(String name, ParseException e) {
        String source = e.getTemplateName() != null ? e.getTemplateName() : name;
        return failure(source, orOne(e.getLineNumber()), orOne(e.getColumnNumber()),
                "the template cannot be parsed: " + TemplateSyntax.problem(e), e);
    }

    private TemplateFailure failure(String source, int line, int column, String problem, Exception cause) {
        boolean users = source != null && userFolder.map(f -> Files.isRegularFile(f.resolve(source))).orElse(false);
        String shown = users ? userFolder.get().resolve(source).toString()
                : "built-in template " + (source == null ? "template" : source);
        return new TemplateFailure(shown + ":" + line + ":" + column + ": error: " + problem
                + ". Fix or remove the template.", source, users, line, column, problem, cause);
    }

    /**
     * The page as FreeMarker writes it, in many small pieces: appended to an unsynchronised buffer and encoded in large
     * pieces (an {@code OutputStreamWriter} encodes every piece on its own, behind a lock; a {@code StringWriter} locks
     * every append).
     */
    private static final class PageWriter extends Writer {
        private final StringBuilder text = new StringBuilder(INITIAL_PAGE_CHARS);
        private final IndentStripper indent = new IndentStripper();
        private final OutputStream out;
        private char[] wrapped;
        private CharBuffer wrapper;

        PageWriter(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            // FreeMarker writes a template's text blocks from the same arrays over and over: one wrapper per array
            if (chars != wrapped) {
                wrapped = chars;
                wrapper = CharBuffer.wrap(chars);
            }
            indent.feed(wrapper, offset, offset + length, text);
            drain(false);
        }

        @Override
        public void write(String s, int offset, int length) throws IOException {
            indent.feed(s, offset, offset + length, text);
            drain(false);
        }

        @Override
        public void write(String s) throws IOException {
            indent.feed(s, 0, s.length(), text);
            drain(false);
        }

        @Override
        public void write(int c) throws IOException {
            indent.feed(String.valueOf((char) c), 0, 1, text);
            drain(false);
        }

        @Override
        public Writer append(CharSequence s) throws IOException {
            indent.feed(s, 0, s.length(), text);
            drain(false);
            return this;
        }

        /** Encodes and writes the buffer when it is full or {@code all}, keeping a surrogate pair together. */
        void drain(boolean all) throws IOException {
            if (!all && text.length() < FLUSH_CHARS) {
                return;
            }
            int end = text.length();
            if (!all && end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            out.write(text.substring(0, end).getBytes(StandardCharsets.UTF_8));
            text.delete(0, end);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    /** The bytes of a static file ({@code style.css}): the user's copy if there is one, else the built-in one. */
    byte[] asset(String name) {
        if (userFolder.isPresent()) {
            Path user = userFolder.get().resolve(name);
            if (Files.isRegularFile(user)) {
                try {
                    // like the template loader, refuse a link that leads out of the templates folder
                    if (!user.toRealPath().startsWith(userFolder.get().toRealPath())) {
                        throw new SitrepException(user + ": error: the file links to "
                                + user.toRealPath() + ", outside the templates folder; copy the file there instead");
                    }
                    return Files.readAllBytes(user);
                } catch (IOException e) {
                    throw new SitrepException("cannot read " + user + ": " + e.getMessage(), e);
                }
            }
        }
        try (InputStream in = Templates.class.getClassLoader().getResourceAsStream(CLASSPATH_FOLDER + "/" + name)) {
            if (in == null) {
                throw new SitrepException("built-in file " + name + " is missing from the sitrep-site-templates jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new SitrepException("cannot read built-in file " + name + ": " + e.getMessage(), e);
        }
    }

    /** {@code templates/index.ftlh:12:5} for a user's file, {@code built-in template index.ftlh:12:5} otherwise. */

    private String searched() {
        return userFolder.map(f -> f + " and ").orElse("") + "the built-in templates";
    }

    private static int orOne(Integer n) {
        return n == null || n < 1 ? 1 : n;
    }
}
