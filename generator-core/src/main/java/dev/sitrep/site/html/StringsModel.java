package dev.sitrep.site.html;

import dev.sitrep.i18n.Strings;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.core.TemplateMarkupOutputModel;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The site's strings as templates see them, {@code t}, built once per run.
 *
 * <ul>
 *   <li>{@code ${t["nav.history"]}}: a string as it is written, escaped as HTML ({@code &}, {@code <}, {@code >}
 *       and {@code "}), so that a string is text in an element and in an attribute alike: a translation in
 *       {@code templates/} is data, and cannot add markup or leave the attribute it is in. Apostrophes stay as they
 *       are: the templates quote every attribute with {@code "}.</li>
 *   <li>{@code ${t("component.follow", page.name)}}: a string with values in its {@code {0}}, {@code {1}}, ...: a
 *       plain value is escaped as every value of a page is; markup (the output of a macro captured with
 *       {@code <#assign when><@l.time stamp/></#assign>}) is put in as it is.</li>
 * </ul>
 * A key that does not exist is undefined in the first form and an error in the second, so a template that asks for
 * one fails with its file and line.
 */
final class StringsModel implements TemplateHashModel, TemplateMethodModelEx {

    private final Map<String, String> strings;
    private final Map<String, TemplateHTMLOutputModel> markup;
    private final Locale locale;

    StringsModel(Strings strings) {
        this.strings = strings.all();
        this.locale = strings.locale();
        Map<String, TemplateHTMLOutputModel> out = new HashMap<>(this.strings.size() * 2);
        this.strings.forEach((key, value) -> out.put(key, markup(escapeText(value))));
        this.markup = Map.copyOf(out);
    }

    @Override
    public TemplateModel get(String key) {
        return markup.get(key);
    }

    @Override
    public boolean isEmpty() {
        return markup.isEmpty();
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.isEmpty() || !(arguments.get(0) instanceof TemplateScalarModel keyModel)) {
            throw new TemplateModelException("t(key, values...) needs the key of a string as its first argument");
        }
        String key = keyModel.getAsString();
        String pattern = strings.get(key);
        if (pattern == null) {
            throw new TemplateModelException("there is no string '" + key + "'");
        }
        Object[] values = new Object[arguments.size() - 1];
        for (int i = 1; i < arguments.size(); i++) {
            values[i - 1] = html((TemplateModel) arguments.get(i));
        }
        return markup(Strings.format(escapeText(pattern), locale, values));
    }

    /** A value for a message: markup as it is, anything else as escaped text. */
    private static String html(TemplateModel value) throws TemplateModelException {
        if (value instanceof TemplateMarkupOutputModel<?> mo) {
            if (mo.getOutputFormat() != HTMLOutputFormat.INSTANCE) {
                throw new TemplateModelException("a value of t(...) is " + mo.getOutputFormat().getName()
                        + ", not HTML");
            }
            return HTMLOutputFormat.INSTANCE.getMarkupString((TemplateHTMLOutputModel) mo);
        }
        if (value instanceof TemplateNumberModel n) {
            return escapeText(n.getAsNumber().toString());
        }
        if (value instanceof TemplateScalarModel s) {
            return HTMLOutputFormat.INSTANCE.escapePlainText(s.getAsString());
        }
        throw new TemplateModelException("a value of t(...) must be text, a number or markup");
    }

    private static TemplateHTMLOutputModel markup(String html) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(html);
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code value} as HTML: {@code &}, {@code <}, {@code >} and {@code "} as references, everything else as is. */
    static String escapeText(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
