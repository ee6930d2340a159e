package dev.sitrep.site.badge;

import dev.sitrep.SitrepException;
import dev.sitrep.site.TextWidth;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.util.Locale;

/**
 * Draws a badge as SVG in the flat style of shields.io: a grey label box and a coloured value box, 20 pixels high,
 * with rounded outer corners, white Verdana 11px text centred in each.
 *
 * <p>The image stands alone: no script, no {@code foreignObject}, no web font or other external reference (the only
 * reference is the clip path's, inside the file). It is accessible as one image ({@code role="img"}, an
 * {@code aria-label} and a {@code title} of {@code label: message}). Each box is its text's width from
 * {@link TextWidth}, rounded up, plus {@value #PADDING} pixels on either side; {@code textLength} fits the text to
 * that width even where another font stands in for Verdana, so no text is cut.
 */
final class BadgeSvg {

    /** The height of a badge, in pixels. */
    static final int HEIGHT = 20;

    /** The space on either side of a text, in pixels. */
    static final int PADDING = 5;

    /** The fonts of the text: Verdana, where it is installed, else the closest system fonts. */
    static final String FONT_FAMILY = "Verdana,Geneva,DejaVu Sans,sans-serif";

    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    private BadgeSvg() {
    }

    /** The width of the box around {@code text}, in whole pixels. */
    static int boxWidth(String text) {
        return (TextWidth.hundredths(text) + 99) / 100 + 2 * PADDING;
    }

    /** The SVG document of {@code badge}, UTF-8, ending with a newline. */
    static byte[] render(Badge badge) {
        int labelWidth = boxWidth(badge.label());
        int messageWidth = boxWidth(badge.message());
        int width = labelWidth + messageWidth;
        // the clip path's id depends only on its shape, so two badges inlined in one page never clip each other wrongly
        String clip = "r" + width;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            // the JDK's own StAX writer, whatever else is on the class path, so output bytes never vary
            XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartElement("svg");
            w.writeDefaultNamespace(SVG_NS);
            w.writeAttribute("width", Integer.toString(width));
            w.writeAttribute("height", Integer.toString(HEIGHT));
            w.writeAttribute("role", "img");
            w.writeAttribute("aria-label", badge.text());
            w.writeCharacters("\n");

            w.writeStartElement("title");
            w.writeCharacters(badge.text());
            w.writeEndElement();
            w.writeCharacters("\n");

            w.writeStartElement("clipPath");
            w.writeAttribute("id", clip);
            rect(w, 0, width, "#fff");
            w.writeAttribute("rx", "3");
            w.writeEndElement();
            w.writeCharacters("\n");

            w.writeStartElement("g");
            w.writeAttribute("clip-path", "url(#" + clip + ")");
            rect(w, 0, labelWidth, BadgeColour.LABEL);
            rect(w, labelWidth, messageWidth, badge.colour().hex());
            w.writeEndElement();
            w.writeCharacters("\n");

            w.writeStartElement("g");
            w.writeAttribute("fill", BadgeColour.TEXT);
            w.writeAttribute("text-anchor", "middle");
            w.writeAttribute("font-family", FONT_FAMILY);
            w.writeAttribute("font-size", "11");
            w.writeCharacters("\n");
            text(w, labelWidth, 0, badge.label());
            text(w, messageWidth, labelWidth, badge.message());
            w.writeEndElement();
            w.writeCharacters("\n");

            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new SitrepException("cannot write a badge: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static void rect(XMLStreamWriter w, int x, int width, String fill) throws XMLStreamException {
        w.writeEmptyElement("rect");
        if (x != 0) {
            w.writeAttribute("x", Integer.toString(x));
        }
        w.writeAttribute("width", Integer.toString(width));
        w.writeAttribute("height", Integer.toString(HEIGHT));
        w.writeAttribute("fill", fill);
    }

    /** One line of text centred in the box from {@code x} that is {@code boxWidth} wide, on the shields.io baseline. */
    private static void text(XMLStreamWriter w, int boxWidth, int x, String text) throws XMLStreamException {
        w.writeCharacters("  ");
        w.writeStartElement("text");
        w.writeAttribute("x", half(2 * x + boxWidth));
        w.writeAttribute("y", "14");
        int length = TextWidth.hundredths(text);
        if (length > 0) {
            w.writeAttribute("textLength", hundredths(length));
        }
        w.writeCharacters(text);
        w.writeEndElement();
        w.writeCharacters("\n");
    }

    /** {@code n / 2} without a trailing {@code .0}. */
    private static String half(int n) {
        return n % 2 == 0 ? Integer.toString(n / 2) : (n / 2) + ".5";
    }

    /** Hundredths as a decimal number without trailing zeros: {@code 2712} is {@code 27.12}, {@code 1100} is 11. */
    private static String hundredths(int n) {
        String whole = Integer.toString(n / 100);
        int fraction = n % 100;
        if (fraction == 0) {
            return whole;
        }
        return fraction % 10 == 0 ? whole + "." + fraction / 10 : whole + "." + String.format(Locale.ROOT, "%02d", fraction);
    }
}
