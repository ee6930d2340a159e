package dev.sitrep.site;

/**
 * How wide text is in Verdana at 11px, the font of the badges, from a fixed table: never from the fonts of the machine
 * that builds the site, so that a badge has the same bytes everywhere.
 *
 * <p>The widths are Verdana's advance widths at 11px in hundredths of a pixel, for printable ASCII and Latin-1, the
 * same figures shields.io measures its badges with (the {@code verdana-11px-normal} table of the anafanafo package,
 * MIT licence; U+00FF, missing there, has the width of {@code y}, as every accented letter has its base letter's).
 * Any other character counts as {@link #UNKNOWN}, wider than every glyph of the table and than a CJK ideograph (one
 * em), so that a name in another script is never cut: at worst its badge is a little too wide. Widths are summed in
 * whole hundredths, so the result does not depend on floating-point order.
 *
 * <p>The charts of the pages lay out their labels with it too: Verdana is wider than the sans-serif fonts a browser
 * picks for the pages, so a label that fits by this measure fits on every screen.
 */
public final class TextWidth {

    /** The width of a character outside the table: 1.2 em, in hundredths of a pixel. */
    public static final int UNKNOWN = 1320;

    /** U+0020 to U+007E. */
    private static final int[] ASCII = {
            387, 433, 505, 900, 699, 1184, 799, 295, 500, 500, 699, 900, 400, 500, 400, 500, // U+0020
            699, 699, 699, 699, 699, 699, 699, 699, 699, 699, 500, 500, 900, 900, 900, 600, // U+0030
            1100, 752, 754, 768, 848, 696, 632, 853, 827, 463, 500, 762, 612, 927, 823, 866, // U+0040
            663, 866, 765, 752, 678, 805, 752, 1088, 754, 677, 754, 500, 500, 500, 900, 699, // U+0050
            699, 661, 685, 573, 685, 655, 387, 685, 696, 302, 379, 651, 302, 1070, 696, 668, // U+0060
            685, 685, 469, 573, 433, 696, 651, 900, 651, 651, 578, 698, 500, 698, 900, // U+0070
    };

    /** U+00A0 to U+00FF; the soft hyphen, U+00AD, is not drawn. */
    private static final int[] LATIN_1 = {
            387, 433, 699, 699, 699, 699, 500, 699, 699, 1100, 600, 709, 900, 0, 1100, 699, // U+00A0
            596, 900, 596, 596, 699, 706, 699, 400, 699, 596, 600, 709, 1100, 1100, 1100, 600, // U+00B0
            752, 752, 752, 752, 752, 752, 1083, 768, 696, 696, 696, 696, 463, 463, 463, 463, // U+00C0
            853, 823, 866, 866, 866, 866, 866, 900, 866, 805, 805, 805, 805, 677, 666, 682, // U+00D0
            661, 661, 661, 661, 661, 661, 1051, 573, 655, 655, 655, 655, 302, 302, 302, 302, // U+00E0
            673, 696, 668, 668, 668, 668, 668, 900, 668, 696, 696, 696, 696, 651, 685, 651, // U+00F0
    };

    private TextWidth() {
    }

    /** The width of {@code text} in hundredths of a pixel. */
    public static int hundredths(String text) {
        return text.codePoints().map(TextWidth::hundredths).sum();
    }

    /** The width of {@code text} in pixels at a font size of {@code size} pixels. */
    public static double pixels(String text, double size) {
        return hundredths(text) * size / 1100.0;
    }

    /** The width of one character in hundredths of a pixel. */
    public static int hundredths(int codePoint) {
        if (codePoint >= 0x20 && codePoint <= 0x7E) {
            return ASCII[codePoint - 0x20];
        }
        if (codePoint >= 0xA0 && codePoint <= 0xFF) {
            return LATIN_1[codePoint - 0xA0];
        }
        return UNKNOWN;
    }
}
