package org.hetao.registry.agreement.pdf.cff;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfDocument;
import com.lowagie.text.pdf.PdfIndirectObject;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * A {@link PdfWriter} that replaces each CFF font subset OpenPDF embeds ({@code /FontFile3} of
 * subtype {@code CIDFontType0C}) with one made by {@link CffSubset} from the same glyphs of the
 * original font, so that no glyph loses strokes. Everything else is written as OpenPDF writes it.
 */
public final class CffRepairingWriter extends PdfWriter {
    private static final PdfName CID_FONT_TYPE_0C = new PdfName("CIDFontType0C");

    private final Path fontFile;
    private final List<Integer> faces;

    private CffRepairingWriter(PdfDocument pdf, OutputStream out, Path fontFile, List<Integer> faces) {
        super(pdf, out);
        this.fontFile = fontFile;
        this.faces = faces;
    }

    /** As {@link PdfWriter#getInstance(Document, OutputStream)}; {@code faces} are the faces of {@code fontFile} in use. */
    public static PdfWriter getInstance(Document document, OutputStream out, Path fontFile, List<Integer> faces)
            throws DocumentException {
        PdfDocument pdf = new PdfDocument();
        pdf.setTextRenderingOptions(document.getTextRenderingOptions());
        document.addDocListener(pdf);
        PdfWriter writer = new CffRepairingWriter(pdf, out, fontFile, faces);
        pdf.addWriter(writer);
        return writer;
    }

    @Override
    public PdfIndirectObject addToBody(PdfObject object) throws IOException {
        if (object instanceof PdfStream stream && CID_FONT_TYPE_0C.equals(stream.get(PdfName.SUBTYPE))) {
            return super.addToBody(repaired(stream));
        }
        return super.addToBody(object);
    }

    private PdfStream repaired(PdfStream openPdfFont) throws IOException {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        openPdfFont.writeContent(content);
        byte[] subset = PdfName.FLATEDECODE.equals(openPdfFont.get(PdfName.FILTER))
                ? PdfReader.FlateDecode(content.toByteArray())
                : content.toByteArray();
        String name = CffSubset.fontName(subset);
        for (int face : faces) {
            CffTables.Face original = CffTables.face(fontFile, face);
            if (original != null && name.equals(original.name())) {
                PdfStream font = new PdfStream(CffSubset.subset(original.cff(), CffSubset.keptGlyphs(subset)));
                font.put(PdfName.SUBTYPE, CID_FONT_TYPE_0C);
                font.flateCompress(getCompressionLevel());
                return font;
            }
        }
        throw new IOException("The embedded CFF font " + name + " is not in " + fontFile + " faces " + faces);
    }
}
