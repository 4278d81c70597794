package org.cba.data;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding that says where it failed. Spreadsheets often save "CSV" in a legacy
 * encoding; guessing would silently change names, so the first bad byte is reported instead.
 */
final class Utf8 {
    private static final char BOM = '\uFEFF';

    /**
     * text: the decoded text without a BOM (bad bytes shown as U+FFFD when badByte >= 0);
     * badByte: 1-based position in the file of the first byte that is not UTF-8, or -1;
     * badChar: where that byte lands in text.
     */
    record Decoded(String text, long badByte, int badChar) {
        boolean ok() {
            return badByte < 0;
        }
    }

    private Utf8() {
    }

    static Decoded decode(byte[] bytes) {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = strict.decode(in, out, true);
        if (!result.isError()) {
            strict.flush(out);
            return withoutBom(out.flip().toString(), -1, -1);
        }
        // The valid prefix decodes the same leniently, so out.position() is the bad byte's place in text.
        return withoutBom(new String(bytes, StandardCharsets.UTF_8), in.position() + 1L, out.position());
    }

    private static Decoded withoutBom(String text, long badByte, int badChar) {
        if (!text.isEmpty() && text.charAt(0) == BOM) {
            return new Decoded(text.substring(1), badByte, badChar - 1);
        }
        return new Decoded(text, badByte, badChar);
    }

    /** hint: how to fix it in the tool that usually writes this kind of file. */
    static String notUtf8(long badByte, String hint) {
        return "expected UTF-8 text, but byte " + badByte + " of the file is not UTF-8; save the file as UTF-8" + hint;
    }
}
