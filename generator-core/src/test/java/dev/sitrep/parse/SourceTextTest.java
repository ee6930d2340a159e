package dev.sitrep.parse;

import dev.sitrep.finding.Finding;
import dev.sitrep.finding.Findings;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourceTextTest {

    /** How the text was decoded before: a strict decoder, whatever the bytes. */
    private static Optional<String> strict(byte[] bytes) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            s = s.startsWith("\uFEFF") ? s.substring(1) : s;
            return Optional.of(s.replace("\r\n", "\n").replace('\r', '\n'));
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    @Test
    void decodesExactlyAsTheStrictDecoder() {
        List<byte[]> inputs = new ArrayList<>();
        for (String s : List.of("", "plain ascii\n", "\uFEFFwith bom\r\n", "ünïcödé 🚀\r", "a \uFFFD replacement char",
                "\uFEFF")) {
            inputs.add(s.getBytes(StandardCharsets.UTF_8));
        }
        inputs.add(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}); // an encoded surrogate
        inputs.add(new byte[] {(byte) 0xC0, (byte) 0xAF}); // an overlong form
        inputs.add(new byte[] {'a', (byte) 0xFF, 'b'});
        Random random = new Random(3);
        byte[] pieces = "a\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] multi = "é€🚀\uFFFD".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 50_000; i++) {
            byte[] b = new byte[random.nextInt(12)];
            for (int j = 0; j < b.length; j++) {
                int kind = random.nextInt(10);
                b[j] = kind < 4 ? pieces[random.nextInt(pieces.length)]
                        : kind < 9 ? multi[random.nextInt(multi.length)] : (byte) random.nextInt(256);
            }
            inputs.add(b);
        }
        int invalid = 0;
        for (byte[] b : inputs) {
            Findings findings = new Findings();
            Optional<String> text = SourceText.decode("f", b, findings);
            assertEquals(strict(b), text);
            if (text.isEmpty()) {
                invalid++;
                List<Finding> all = findings.sorted();
                assertEquals(1, all.size());
                assertTrue(all.get(0).message().endsWith("is not valid UTF-8; save the file as UTF-8"));
            }
        }
        assertTrue(invalid > 1000 && invalid < inputs.size() - 1000, "both kinds are tried: " + invalid);
    }
}
