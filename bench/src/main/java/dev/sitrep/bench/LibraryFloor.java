package dev.sitrep.bench;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.CommonmarkInlineParser;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import freemarker.cache.StringTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The floor under sitrep's own cost: the least work that sitrep's libraries must do on a source tree, with none of
 * sitrep's code, for {@code .ci/bench --floor}. It shows how much of a run is the libraries and a cold JVM, and so
 * how fast any program built on them can be on this machine. Every step does less than sitrep has to:
 *
 * <ul>
 *   <li><b>check</b>: walks the tree, reads every {@code .yaml} file through Jackson's YAML parser token by token
 *       (with each token's location, as a finding needs), and parses every {@code postmortem.md} with flexmark into
 *       its block structure only, without parsing the text inside any block. No model, no rule, no finding.</li>
 *   <li><b>generate</b>: the same walk; each {@code incident.yaml} read into a plain map by Jackson; its postmortem
 *       parsed and rendered by flexmark (CommonMark, no extensions) and cleaned by jsoup; and one FreeMarker page per
 *       incident (HTML output format: title, updates and postmortem, no layout) written to
 *       {@code incidents/<folder>/index.html}. No status page, history, metrics, action items, feeds or JSON API, no
 *       checks.</li>
 * </ul>
 *
 * <p>It runs both cores as sitrep does (a parallel stream over the files), and prints one line
 * {@code floor <goal> files=.. wall_s=..}. It is a main class, not a test.
 *
 * <pre>
 * java -cp ... dev.sitrep.bench.LibraryFloor check|generate SOURCE_DIR [OUTPUT_DIR]
 * </pre>
 */
public final class LibraryFloor {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>${i.title!}</title></head>
            <body><h1>${i.title!}</h1><p>${i.severity!} ${i.started!}</p>
            <ol><#list i.updates![] as u><li><time>${u.at!}</time> ${u.status!}: ${u.message!}</li></#list></ol>
            <#if postmortem??>${postmortem?no_esc}</#if></body></html>
            """;

    private LibraryFloor() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || !List.of("check", "generate").contains(args[0])
                || (args[0].equals("generate") != (args.length == 3))) {
            System.err.println("usage: LibraryFloor check SOURCE_DIR | LibraryFloor generate SOURCE_DIR OUTPUT_DIR");
            System.exit(2);
        }
        long start = System.nanoTime();
        Path source = Path.of(args[1]);
        List<Path> files = walk(source);
        long done = args[0].equals("check") ? check(files) : generate(files, Path.of(args[2]));
        System.out.printf("floor %s files=%d wall_s=%.3f%n", args[0], done, (System.nanoTime() - start) / 1e9);
    }

    private static List<Path> walk(Path source) throws IOException {
        try (Stream<Path> paths = Files.walk(source)) {
            return paths.filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    private static long check(List<Path> files) {
        YAMLFactory yaml = new YAMLFactory();
        Parser blocks = Parser.builder().customInlineParserFactory(BlocksOnly::new).build();
        return files.parallelStream().mapToLong(file -> {
            String name = file.getFileName().toString();
            try {
                if (name.endsWith(".yaml")) {
                    try (JsonParser parser = yaml.createParser(Files.readAllBytes(file))) {
                        long lines = 0;
                        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                            lines += parser.currentTokenLocation().getLineNr();
                            if (token == JsonToken.VALUE_STRING) {
                                parser.getText();
                            }
                        }
                        return lines >= 0 ? 1 : 0;
                    }
                }
                if (name.equals("postmortem.md")) {
                    return blocks.parse(Files.readString(file)).hasChildren() ? 1 : 0;
                }
                return 0;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).sum();
    }

    private static long generate(List<Path> files, Path output) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        Parser markdown = Parser.builder().build();
        HtmlRenderer html = HtmlRenderer.builder().build();
        Safelist safelist = Safelist.relaxed();
        Configuration freemarker = new Configuration(Configuration.VERSION_2_3_34);
        freemarker.setOutputFormat(HTMLOutputFormat.INSTANCE);
        StringTemplateLoader loader = new StringTemplateLoader();
        loader.putTemplate("incident.ftlh", PAGE);
        freemarker.setTemplateLoader(loader);
        Template page = freemarker.getTemplate("incident.ftlh");
        Path incidents = output.resolve("incidents");
        return files.parallelStream().filter(file -> file.getFileName().toString().equals("incident.yaml"))
                .mapToLong(file -> {
                    try {
                        Map<String, Object> model = new HashMap<>();
                        model.put("i", yaml.readValue(Files.readAllBytes(file), Map.class));
                        Path postmortem = file.resolveSibling("postmortem.md");
                        if (Files.isRegularFile(postmortem)) {
                            String body = html.render(markdown.parse(Files.readString(postmortem)));
                            model.put("postmortem", Jsoup.clean(body, safelist));
                        }
                        Path folder = Files.createDirectories(incidents.resolve(file.getParent().getFileName().toString()));
                        try (Writer out = new BufferedWriter(new OutputStreamWriter(
                                Files.newOutputStream(folder.resolve("index.html")), StandardCharsets.UTF_8))) {
                            page.process(model, out);
                        }
                        return 1;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } catch (TemplateException e) {
                        throw new IllegalStateException(e);
                    }
                }).sum();
    }

    /** flexmark's inline parser, parsing nothing: every block keeps its text unparsed. */
    private static final class BlocksOnly extends CommonmarkInlineParser {
        BlocksOnly(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                   Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
                   List<InlineParserExtensionFactory> inlineParserExtensions) {
            super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors,
                    inlineParserExtensions);
        }

        @Override
        public void parse(BasedSequence input, Node node) {
            // block structure only
        }
    }
}
