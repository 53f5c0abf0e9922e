package org.hetao.registry.agreement.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.hetao.registry.agreement.Script;
import org.hetao.registry.agreement.pdf.cff.CffRepairingWriter;

/**
 * The fonts of one rendering: Noto Sans CJK in its Traditional (Hong Kong) and Simplified forms,
 * embedded as subsets with Identity-H encoding. Latin text uses the form of the agreement's Chinese
 * script, which has Latin glyphs too. Bold is OpenPDF's simulated bold of the regular face.
 * Each rendering has its own instances, whose subset prefixes are drawn from a source seeded by the
 * document, so that the same document always gets the same prefixes. Parsing the font (its tables and
 * cmap of some 65,000 glyphs) is costly, so instances are borrowed from a small pool for one rendering
 * at a time and given back by {@link #release()}; a borrowed font is never used by two renderings at once.
 */
final class PdfFonts {
    static final float BODY = 9.5f;
    static final float SMALL = 8f;
    static final Color TEXT = new Color(0x1a, 0x1a, 0x1a);
    static final Color MUTED = new Color(0x55, 0x5b, 0x66);
    /** Indexes in Noto Sans CJK collections: 2 Simplified Chinese, 3 Traditional Chinese, 4 Hong Kong. */
    private static final int HANS_INDEX = 2;

    private static final int HANT_HK_INDEX = 4;
    /** Idle parsed fonts kept per face; more concurrent renderings parse their own and drop them after. */
    private static final int MAX_IDLE = 4;

    private static final Map<String, Deque<BaseFont>> IDLE = new ConcurrentHashMap<>();

    private final BaseFont hant;
    private final BaseFont hans;
    private final Script latinScript;
    private final Path file;
    private final List<Integer> faces;
    private final String hantKey;
    private final String hansKey;

    private PdfFonts(
            BaseFont hant,
            BaseFont hans,
            Script latinScript,
            Path file,
            List<Integer> faces,
            String hantKey,
            String hansKey) {
        this.hant = hant;
        this.hans = hans;
        this.latinScript = latinScript;
        this.file = file;
        this.faces = faces;
        this.hantKey = hantKey;
        this.hansKey = hansKey;
    }

    /** Loads the fonts from {@code file}; {@code seed} fixes the subset prefixes. */
    static PdfFonts load(Path file, Script chineseScript, byte[] seed) {
        boolean collection =
                file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc");
        String name = file.toAbsolutePath().toString();
        String version = version(file);
        String hantName = collection ? name + "," + HANT_HK_INDEX : name;
        String hansName = collection ? name + "," + HANS_INDEX : name;
        BaseFont hant = borrow(hantName, version, seed, "zh-Hant");
        BaseFont hans = borrow(hansName, version, seed, "zh-Hans");
        return new PdfFonts(
                hant,
                hans,
                chineseScript,
                file,
                collection ? List.of(HANT_HK_INDEX, HANS_INDEX) : List.of(0),
                hantName + version,
                hansName + version);
    }

    /** Gives the fonts back to the pool; call once, when the rendering is over. */
    void release() {
        giveBack(hantKey, hant);
        giveBack(hansKey, hans);
    }

    private static void giveBack(String key, BaseFont font) {
        Deque<BaseFont> idle = IDLE.computeIfAbsent(key, k -> new ConcurrentLinkedDeque<>());
        if (idle.size() < MAX_IDLE) {
            idle.push(font);
        }
    }

    /** A parsed font for this rendering alone, its subset prefixes seeded by the document. */
    private static BaseFont borrow(String name, String version, byte[] seed, String tag) {
        Deque<BaseFont> idle = IDLE.get(name + version);
        BaseFont font = idle == null ? null : idle.poll();
        if (font == null) {
            font = create(name);
        }
        byte[] fontSeed =
                (new String(seed, StandardCharsets.ISO_8859_1) + "|" + tag).getBytes(StandardCharsets.ISO_8859_1);
        font.setSecureRandom(new SeededRandom(fontSeed));
        return font;
    }

    /** The file's size and modification time, so that a replaced font file is parsed afresh. */
    private static String version(Path file) {
        try {
            return "|" + Files.size(file) + "|"
                    + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the CJK font " + file, e);
        }
    }

    private static BaseFont create(String name) {
        try {
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, null, null);
        } catch (DocumentException e) {
            throw new CjkFontNotFoundException(
                    "The CJK font " + name + " cannot be used for agreement PDFs: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the CJK font " + name, e);
        }
    }

    /** The PDF writer for these fonts: one that repairs OpenPDF's subsets of CFF-flavoured fonts such as Noto Sans CJK. */
    PdfWriter writer(Document document, OutputStream out) throws DocumentException {
        return CffRepairingWriter.getInstance(document, out, file, faces);
    }

    BaseFont base(Script script) {
        Script s = script == Script.EN ? latinScript : script;
        return s == Script.ZH_HANS ? hans : hant;
    }

    Font font(Script script, float size, int style, Color color) {
        return new Font(base(script), size, style, color);
    }

    Font font(Script script, float size, int style) {
        return font(script, size, style, TEXT);
    }

    /** A run of text in the script's font, breaking lines by the rules of {@link LineBreaks}. */
    Chunk chunk(String text, Script script, float size, int style, Color color) {
        Chunk c = new Chunk(text, font(script, size, style, color));
        c.setSplitCharacter(LineBreaks.CHINESE_PUNCTUATION_AWARE);
        return c;
    }

    Chunk chunk(String text, Script script, float size, int style) {
        return chunk(text, script, size, style, TEXT);
    }

    /** An empty phrase whose own font is embedded too (OpenPDF falls back to Helvetica otherwise). */
    Phrase phrase(float size) {
        Phrase p = new Phrase(size * 1.45f);
        p.setFont(font(Script.EN, size, Font.NORMAL));
        return p;
    }

    Phrase phrase(String text, Script script, float size, int style) {
        return phrase(text, script, size, style, TEXT);
    }

    Phrase phrase(String text, Script script, float size, int style, Color color) {
        Phrase p = phrase(size);
        p.add(chunk(text, script, size, style, color));
        return p;
    }

    Paragraph paragraph(String text, Script script, float size, int style, Color color) {
        Paragraph p = new Paragraph(size * 1.5f);
        p.setFont(font(Script.EN, size, Font.NORMAL));
        p.add(chunk(text, script, size, style, color));
        return p;
    }

    Paragraph paragraph(Phrase content) {
        Paragraph p = new Paragraph(content);
        p.setFont(font(Script.EN, content.getFont().getSize(), Font.NORMAL));
        return p;
    }
}
