package org.cba.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads spec files as strict UTF-8, turning bad bytes into a diagnostic instead of an exception. */
public final class SourceReader {
    private SourceReader() {
    }

    /** The file read, and the problem with it if any (the text is then decoded leniently). */
    public record Read(SourceFile file, Optional<Diagnostic> problem) {
    }

    /** Reads a regular file only: a pipe or device could keep cba waiting for ever. */
    public static Read read(Path path, String displayName) throws IOException {
        if (!Files.isRegularFile(path)) {
            throw new IOException("not a regular file");
        }
        byte[] bytes = Files.readAllBytes(path);
        return decode(bytes, displayName);
    }

    public static Read decode(byte[] bytes, String displayName) {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = strict.decode(ByteBuffer.wrap(bytes)).toString();
            return new Read(new SourceFile(displayName, stripBom(text)), Optional.empty());
        } catch (CharacterCodingException e) {
            return lenient(bytes, displayName);
        }
    }

    private static Read lenient(byte[] bytes, String displayName) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        SourceFile file = new SourceFile(displayName, text);
        int bad = Math.max(0, text.indexOf('\uFFFD'));
        Span span = new Span(file, bad, Math.min(text.length(), bad + 1));
        Diagnostic d = Diagnostic.error(Code.E003, span,
                "this file is not UTF-8 text (byte " + firstBadByte(bytes) + " cannot be read)",
                "save the file as UTF-8; a spec is plain text");
        return new Read(file, Optional.of(d));
    }

    private static int firstBadByte(byte[] bytes) {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        strict.decode(in, out, true);
        return in.position() + 1;
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
