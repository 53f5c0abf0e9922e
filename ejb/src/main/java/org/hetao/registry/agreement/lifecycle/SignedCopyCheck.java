package org.hetao.registry.agreement.lifecycle;

import com.lowagie.text.pdf.PdfReader;
import java.io.IOException;
import java.util.Arrays;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;

/**
 * Checks that an uploaded signed copy is a PDF a reader can open: it starts with the PDF header and
 * OpenPDF reads its cross-reference table and at least one page. An encrypted PDF whose owner
 * password withholds nothing from reading passes; one that needs a password to open does not.
 */
final class SignedCopyCheck {
    private static final byte[] HEADER = "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private SignedCopyCheck() {}

    static void check(byte[] bytes) {
        if (bytes.length < HEADER.length || !Arrays.equals(bytes, 0, HEADER.length, HEADER, 0, HEADER.length)) {
            throw notAPdf("does not start with %PDF-: upload the signed agreement as a PDF file");
        }
        int pages;
        try (PdfReader reader = new PdfReader(bytes)) {
            pages = reader.getNumberOfPages();
        } catch (IOException | RuntimeException e) {
            throw notAPdf("cannot be read as a PDF (" + e.getMessage()
                    + "): upload the file again, or export it from the scanner as PDF");
        }
        if (pages < 1) {
            throw notAPdf("has no pages");
        }
    }

    private static InvalidValueException notAPdf(String message) {
        return new InvalidValueException("signedCopy", ErrorCode.AGREEMENT_SIGNED_COPY_NOT_PDF, message);
    }
}
