package org.hetao.registry.transfer.format;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.hetao.registry.transfer.imports.ImportFileException;

/**
 * Decodes an upload strictly as UTF-8: a byte sequence that is not UTF-8 (a file saved as Big5,
 * GBK or Windows-1252) is an error naming its byte offset and line, never a silent replacement
 * character. A leading byte order mark is dropped.
 */
public final class Utf8Text {
    private Utf8Text() {}

    public static String decode(byte[] bytes) throws ImportFileException {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new ImportFileException(
                    line,
                    null,
                    String.format(
                            "The file is not UTF-8: the byte 0x%02X at byte offset %d (line %d) "
                                    + "cannot start or continue a UTF-8 character. Save the file as \"CSV UTF-8\" (or UTF-8 text) and upload it again",
                            bytes[offset] & 0xFF, offset, line));
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
