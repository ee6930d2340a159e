package dev.sitrep.parse;

import dev.sitrep.finding.Findings;
import dev.sitrep.finding.Rule;
import dev.sitrep.model.Location;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** Decodes a source file's bytes as strict UTF-8, pointing at the first byte that is not. */
final class SourceText {

    /** Files larger than this are refused before they are parsed. */
    static final int MAX_BYTES = 8 * 1024 * 1024;

    private SourceText() {
    }

    /** The text of the file, without a byte-order mark and with CRLF/CR line ends made LF; empty after a finding. */
    static Optional<String> decode(String file, byte[] bytes, Findings findings) {
        if (!sizeAllowed(file, bytes.length, findings)) {
            return Optional.empty();
        }
        // the String constructor is much cheaper than a decoder, and replaces every malformed sequence with U+FFFD:
        // without one in its result, the bytes are valid UTF-8; with one, the strict decoder decides
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            Optional<String> strict = strict(bytes);
            if (strict.isEmpty()) {
                int bad = firstBadByte(bytes);
                findings.error(Rule.SYNTAX, locationOfByte(file, bytes, bad), String.format(Locale.ROOT,
                        "byte 0x%02X is not valid UTF-8; save the file as UTF-8", bytes[bad] & 0xFF));
                return Optional.empty();
            }
            text = strict.get();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        return Optional.of(text);
    }

    /** The bytes decoded as strict UTF-8; empty when they are not UTF-8. */
    private static Optional<String> strict(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return Optional.of(decoder.decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** Whether a file of {@code size} bytes may be read; a finding when not. */
    static boolean sizeAllowed(String file, long size, Findings findings) {
        if (size <= MAX_BYTES) {
            return true;
        }
        findings.error(Rule.SYNTAX, Location.startOf(file), String.format(Locale.ROOT,
                "file is %.1f MiB; sitrep reads files of at most %d MiB, so split it or shorten it",
                size / 1048576.0, MAX_BYTES / 1048576));
        return false;
    }

    private static int firstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return Math.min(in.position(), bytes.length - 1);
    }

    private static Location locationOfByte(String file, byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
        return new Location(file, line, before.codePointCount(0, before.length()) + 1);
    }
}
