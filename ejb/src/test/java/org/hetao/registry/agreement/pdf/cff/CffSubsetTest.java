package org.hetao.registry.agreement.pdf.cff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.CFFFontSubset;
import com.lowagie.text.pdf.RandomAccessFileOrArray;
import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.cff.CFFCIDFont;
import org.apache.fontbox.cff.CFFParser;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.hetao.registry.agreement.AgreementSamples;
import org.hetao.registry.agreement.Framework;
import org.hetao.registry.agreement.FrameworkLoader;
import org.hetao.registry.agreement.pdf.AgreementRenderer;
import org.hetao.registry.agreement.pdf.FontLocator;
import org.hetao.registry.common.LocalizedText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Glyph outlines of subsets of Noto Sans CJK, drawn by FontBox, must equal those of the whole font. */
class CffSubsetTest {
    private static byte[] cff;
    private static CFFCIDFont whole;
    private static OpenTypeFont face;

    @BeforeAll
    static void readFont() throws IOException {
        var file = FontLocator.configured().locate();
        cff = CffTables.read(file, 4);
        whole = (CFFCIDFont)
                new CFFParser().parse(new RandomAccessReadBuffer(cff)).get(0);
        try (TrueTypeCollection ttc = new TrueTypeCollection(file.toFile())) {
            face = (OpenTypeFont) ttc.getFontByName("NotoSansCJKhk-Regular");
            face.getUnicodeCmapLookup(); // read the cmap before the collection closes
        }
    }

    @Test
    void keepsEveryGlyphOfTheFrameworkTextsWhole() throws IOException {
        StringBuilder text = new StringBuilder();
        Framework fw = FrameworkLoader.current();
        for (var group : List.of(fw.clauses(), fw.labels(), fw.warnings(), fw.headings())) {
            for (LocalizedText t : group.values()) {
                text.append(t.en()).append(t.zhHant()).append(t.zhHans());
            }
        }
        Set<Integer> glyphs = glyphs(text.toString());
        assertEquals(List.of(), broken(CffSubset.subset(cff, glyphs), glyphs));
    }

    @Test
    void keepsTheCommonIdeographsWhole() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int c = 0x4E00; c < 0x9FA6; c += 3) {
            text.appendCodePoint(c);
        }
        Set<Integer> glyphs = glyphs(text.toString());
        assertTrue(glyphs.size() > 6000);
        assertEquals(List.of(), broken(CffSubset.subset(cff, glyphs), glyphs));
    }

    @Test
    void openPdfsOwnSubsetLosesStrokesOfSomeGlyphs() throws IOException {
        Set<Integer> glyphs = glyphs("開獻");
        HashMap<Integer, int[]> used = new HashMap<>();
        glyphs.forEach(g -> used.put(g, null));
        CFFFontSubset plain = new CFFFontSubset(new RandomAccessFileOrArray(cff), used);
        assertFalse(
                broken(plain.Process(plain.getNames()[0]), glyphs).isEmpty(),
                "OpenPDF's CFF subsetting now keeps 開 and 獻 whole: CffSubset may no longer be needed");
        assertEquals(List.of(), broken(CffSubset.subset(cff, glyphs), glyphs));
    }

    @Test
    void findsTheGlyphsAnOpenPdfSubsetKeeps() throws IOException {
        Set<Integer> glyphs = glyphs("共同擁有權協議");
        Set<Integer> kept = CffSubset.keptGlyphs(CffSubset.subset(cff, glyphs));
        assertTrue(kept.containsAll(glyphs), kept + " " + glyphs);
    }

    @Test
    void theRendererEmbedsWholeGlyphs() throws IOException {
        byte[] pdf = new AgreementRenderer().render(AgreementSamples.draft());
        int fonts = 0;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (COSObjectKey key : doc.getDocument().getXrefTable().keySet()) {
                if (doc.getDocument().getObjectFromPool(key).getObject() instanceof COSStream stream
                        && COSName.getPDFName("CIDFontType0C").equals(stream.getCOSName(COSName.SUBTYPE))) {
                    byte[] embedded;
                    try (var in = stream.createInputStream()) {
                        embedded = in.readAllBytes();
                    }
                    Set<Integer> kept = CffSubset.keptGlyphs(embedded);
                    assertTrue(kept.size() > 10, kept.size() + " glyphs");
                    assertEquals(List.of(), broken(embedded, kept));
                    fonts++;
                }
            }
        }
        assertEquals(2, fonts);
    }

    private static Set<Integer> glyphs(String text) throws IOException {
        Set<Integer> glyphs = new TreeSet<>();
        for (int c : text.codePoints().toArray()) {
            int g = face.getUnicodeCmapLookup().getGlyphId(c);
            if (g > 0) {
                glyphs.add(g);
            }
        }
        return glyphs;
    }

    /** The glyphs whose outline in the subset differs from the whole font's. */
    private static List<Integer> broken(byte[] subset, Set<Integer> glyphs) throws IOException {
        CFFCIDFont part = (CFFCIDFont)
                new CFFParser().parse(new RandomAccessReadBuffer(subset)).get(0);
        List<Integer> broken = new ArrayList<>();
        for (int g : glyphs) {
            if (!outline(whole.getType2CharString(g).getPath())
                    .equals(outline(part.getType2CharString(g).getPath()))) {
                broken.add(g);
            }
        }
        return broken;
    }

    private static String outline(GeneralPath path) {
        StringBuilder s = new StringBuilder();
        double[] c = new double[6];
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            s.append(it.currentSegment(c));
            for (double v : c) {
                s.append(',').append(Math.round(v * 100));
            }
        }
        return s.toString();
    }
}
