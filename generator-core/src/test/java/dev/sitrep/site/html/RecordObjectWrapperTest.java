package dev.sitrep.site.html;

import freemarker.ext.beans.BeanModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

public class RecordObjectWrapperTest {

    @TempDir
    Path folder;

    public record Shelf(String name, List<Badge> badges, Badge first) {
        public String shout() {
            return name.toUpperCase(java.util.Locale.ROOT);
        }

        public String times(int n) {
            return name.repeat(n);
        }
    }

    public record Nothing() {
    }

    private String render(String template, Object page) throws IOException {
        Files.writeString(folder.resolve("t.ftlh"), template, StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Templates(Optional.of(folder), ZoneOffset.UTC).render("t.ftlh", Map.of("page", page), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Shelf shelf() {
        return new Shelf("a <b> & c", List.of(new Badge("Minor", Tone.MINOR), new Badge("Major", Tone.MAJOR)),
                new Badge("Critical", Tone.CRITICAL));
    }

    @Test
    void aRecordIsAHashOfItsComponentsReadWithoutTheBeanView() throws Exception {
        TemplateModel model = new RecordObjectWrapper().wrap(new Badge("Minor", Tone.MINOR));

        assertTrue(model instanceof TemplateHashModelEx, model.getClass().getName());
        assertFalse(model instanceof BeanModel, "records are read by method handle, not by Method.invoke");
        assertEquals("Minor", ((TemplateHashModelEx) model).get("label").toString());
    }

    @Test
    void componentsNestedRecordsAndListsOfRecordsRenderEscaped() throws IOException {
        String html = render("${page.name}|${page.first.label}|<#list page.badges as b>${b.tone.cssClass}:${b.label};</#list>",
                shelf());

        assertEquals("a &lt;b&gt; &amp; c|Critical|minor:Minor;major:Major;", html);
    }

    @Test
    void anEnumsZeroArgumentMethodsReadAsProperties() throws IOException {
        assertEquals("critical true false", render("${page.first.tone.cssClass} ${page.first.tone.critical?c} "
                + "${page.first.tone.ok?c}", shelf()));
    }

    @Test
    void keysAreTheComponentsInDeclarationOrder() throws IOException {
        assertEquals("name,badges,first,3", render("<#list page?keys as k>${k},</#list>${page?size}", shelf()));
        assertEquals("0", render("${page?size}", new Nothing()));
    }

    @Test
    void anythingElseIsAskedOfTheBeanViewAsBefore() throws IOException {
        // as FreeMarker 2.3.34 shows any record: other zero-argument methods as properties, others as methods
        assertEquals("A <B> & C", render("${page.shout?no_esc}", shelf()));
        assertEquals("a &lt;b&gt; &amp; ca &lt;b&gt; &amp; c", render("${page.times(2)}", shelf()));
        assertEquals("yes", render("<#if page.missing??>no<#else>yes</#if>", shelf()));
    }
}
