package org.hetao.registry.agreement.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;

/** A generated PDF read back with PDFBox: text per page (whitespace folded), fonts, metadata and file id. */
record PdfInspection(
        List<String> pages,
        Map<String, Boolean> fontsEmbedded,
        Calendar created,
        Calendar modified,
        String producer,
        List<String> fileId) {

    static PdfInspection of(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(doc).replaceAll("\\s+", " "));
            }
            Map<String, Boolean> fonts = new LinkedHashMap<>();
            for (PDPage page : doc.getPages()) {
                collectFonts(page.getResources(), fonts);
            }
            List<String> id = new ArrayList<>();
            COSArray ids = doc.getDocument().getDocumentID();
            for (int i = 0; ids != null && i < ids.size(); i++) {
                id.add(((COSString) ids.getObject(i)).toHexString());
            }
            return new PdfInspection(
                    pages,
                    fonts,
                    doc.getDocumentInformation().getCreationDate(),
                    doc.getDocumentInformation().getModificationDate(),
                    doc.getDocumentInformation().getProducer(),
                    id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String text() {
        return String.join(" ", pages);
    }

    /** Fonts by name, in page resources and the form XObjects they use; true when a font program is embedded. */
    private static void collectFonts(PDResources resources, Map<String, Boolean> fonts) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            PDFontDescriptor d = font instanceof PDType0Font t0
                    ? t0.getDescendantFont().getFontDescriptor()
                    : font.getFontDescriptor();
            fonts.put(
                    font.getName(),
                    d != null && (d.getFontFile2() != null || d.getFontFile3() != null || d.getFontFile() != null));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject form) {
                collectFonts(form.getResources(), fonts);
            }
        }
    }
}
