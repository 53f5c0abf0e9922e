package org.hetao.registry.agreement.pdf.cff;

import com.lowagie.text.pdf.CFFFontSubset;
import com.lowagie.text.pdf.RandomAccessFileOrArray;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * OpenPDF's subsetter of CFF (OpenType) fonts, with a correct search for the subroutines the kept
 * glyphs use. OpenPDF 2.0.5 parses each charstring and subroutine on its own and forgets the
 * implicit vertical stem hints before a {@code hintmask}, so it misreads the mask bytes, misses
 * subroutines and blanks them: in Noto Sans CJK glyphs such as 開 and 獻 then lose strokes
 * (OpenPDF issues 71 and 1402). Here each kept glyph is interpreted from its start, following every
 * call with the glyph's hint count, as the Type 2 charstring format (Adobe TN 5177) defines.
 * The output format is OpenPDF's; only the choice of subroutines to keep differs.
 */
final class CffSubset extends CFFFontSubset {
    private static final int ESCAPE = 12;
    private static final int MAX_STACK = 48;
    private static final int MAX_DEPTH = 10;

    private final Set<Integer> glyphs;
    /** Where each kept glyph's charstring starts, to tell a glyph from a subroutine in {@link #ReadASubr}. */
    private final Map<Integer, Integer> glyphByStart = new HashMap<>();

    private final Set<Integer> walkedGlyphs = new HashSet<>();
    private final Map<Integer, int[]> globalUsed;
    private final List<Integer> globalList;

    private final double[] stack = new double[MAX_STACK];
    private int count;
    private int depth;
    private int stems;
    private boolean ended;

    private CffSubset(byte[] cff, Set<Integer> glyphs) {
        super(new RandomAccessFileOrArray(cff), usage(glyphs));
        this.glyphs = glyphs;
        for (int g : glyphs) {
            if (g >= 0 && g < fonts[0].nglyphs) {
                glyphByStart.put(fonts[0].charstringsOffsets[g], g);
            }
        }
        this.globalUsed = field("hGSubrsUsed");
        this.globalList = field("lGSubrsUsed");
    }

    /** A subset of the first font of {@code cff} with the given glyph ids, in the CFF format OpenPDF embeds. */
    static byte[] subset(byte[] cff, Set<Integer> glyphs) {
        try {
            CffSubset s = new CffSubset(cff, glyphs);
            return s.Process(s.getNames()[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name of the first font of a CFF table. */
    static String fontName(byte[] cff) {
        return new CffSubset(cff, Set.of()).getNames()[0];
    }

    /** The glyphs an OpenPDF subset keeps: those whose charstring is more than a bare {@code endchar}. */
    static Set<Integer> keptGlyphs(byte[] subsetCff) {
        CffSubset s = new CffSubset(subsetCff, Set.of());
        Set<Integer> kept = new HashSet<>();
        int[] offsets = s.fonts[0].charstringsOffsets;
        for (int g = 0; g < s.fonts[0].nglyphs; g++) {
            if (offsets[g + 1] - offsets[g] > 1) {
                kept.add(g);
            }
        }
        return kept;
    }

    private static HashMap<Integer, int[]> usage(Set<Integer> glyphs) {
        HashMap<Integer, int[]> used = new HashMap<>();
        glyphs.forEach(g -> used.put(g, null));
        return used;
    }

    /**
     * Called by OpenPDF for each kept glyph of a font dict (and again for each subroutine found,
     * out of context, which is skipped: the glyph walks have already followed every call).
     */
    @Override
    protected void ReadASubr(
            int begin,
            int end,
            int gBias,
            int lBias,
            Map<Integer, int[]> hSubr,
            List<Integer> lSubr,
            int[] lSubrsOffsets) {
        Integer glyph = glyphByStart.get(begin);
        if (glyph == null) {
            return;
        }
        walkGlyph(begin, end, gBias, lBias, hSubr, lSubr, lSubrsOffsets);
        walkedGlyphs.add(glyph);
    }

    /** Glyphs of a font dict without local subroutines are never handed to ReadASubr: walk them for their global calls. */
    @Override
    protected void BuildGSubrsUsed(int font) {
        for (int g : glyphs) {
            if (!walkedGlyphs.contains(g) && g >= 0 && g < fonts[font].nglyphs) {
                walkGlyph(
                        fonts[font].charstringsOffsets[g],
                        fonts[font].charstringsOffsets[g + 1],
                        bias(gsubrOffsets.length - 1),
                        0,
                        new HashMap<>(),
                        new ArrayList<>(),
                        null);
            }
        }
        super.BuildGSubrsUsed(font);
    }

    private void walkGlyph(
            int begin,
            int end,
            int gBias,
            int lBias,
            Map<Integer, int[]> hSubr,
            List<Integer> lSubr,
            int[] lSubrsOffsets) {
        depth = 0;
        stems = 0;
        ended = false;
        count = 0;
        try {
            walk(begin, end, gBias, lBias, hSubr, lSubr, lSubrsOffsets);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void walk(
            int begin,
            int end,
            int gBias,
            int lBias,
            Map<Integer, int[]> hSubr,
            List<Integer> lSubr,
            int[] lSubrsOffsets)
            throws IOException {
        if (++depth > MAX_DEPTH) {
            throw new IOException("CFF subroutines nested deeper than " + MAX_DEPTH);
        }
        int pos = begin;
        while (pos < end && !ended) {
            buf.seek(pos);
            int b0 = buf.readUnsignedByte();
            pos++;
            if (b0 == 28) {
                push((short) ((buf.readUnsignedByte() << 8) | buf.readUnsignedByte()));
                pos += 2;
            } else if (b0 >= 32 && b0 <= 246) {
                push(b0 - 139);
            } else if (b0 >= 247 && b0 <= 250) {
                push((b0 - 247) * 256 + buf.readUnsignedByte() + 108);
                pos++;
            } else if (b0 >= 251 && b0 <= 254) {
                push(-(b0 - 251) * 256 - buf.readUnsignedByte() - 108);
                pos++;
            } else if (b0 == 255) {
                push(buf.readInt() / 65536.0);
                pos += 4;
            } else if (b0 == 10 || b0 == 29) {
                boolean local = b0 == 10;
                int[] offsets = local ? lSubrsOffsets : gsubrOffsets;
                int index = (int) pop() + (local ? lBias : gBias);
                if (offsets == null || index < 0 || index >= offsets.length - 1) {
                    throw new IOException(
                            "CFF charstring calls a missing " + (local ? "local" : "global") + " subroutine " + index);
                }
                record(index, local ? hSubr : globalUsed, local ? lSubr : globalList);
                walk(offsets[index], offsets[index + 1], gBias, lBias, hSubr, lSubr, lSubrsOffsets);
            } else if (b0 == 11) {
                break;
            } else if (b0 == 14) {
                ended = true;
            } else if (b0 == 1 || b0 == 3 || b0 == 18 || b0 == 23) {
                stems += count / 2;
                count = 0;
            } else if (b0 == 19 || b0 == 20) {
                // operands left before a mask are an implicit vstemhm
                stems += count / 2;
                count = 0;
                pos += (stems + 7) / 8;
            } else if (b0 == ESCAPE) {
                escape(buf.readUnsignedByte());
                pos++;
            } else {
                count = 0;
            }
        }
        depth--;
    }

    /** The stack effect of the arithmetic operators; flex and reserved operators clear the stack. */
    private void escape(int op) throws IOException {
        switch (op) {
            case 3, 4, 10, 11, 12, 15, 24 -> {
                pop();
                pop();
                push(0);
            }
            case 5, 9, 14, 26, 21, 29 -> {
                pop();
                push(0);
            }
            case 18 -> pop();
            case 20 -> {
                pop();
                pop();
            }
            case 22 -> {
                pop();
                pop();
                pop();
                pop();
                push(0);
            }
            case 23 -> push(0);
            case 27 -> push(count > 0 ? stack[count - 1] : 0);
            case 28 -> {}
            case 30 -> {
                pop();
                pop();
            }
            default -> count = 0;
        }
    }

    private void push(double v) throws IOException {
        if (count == MAX_STACK) {
            throw new IOException("CFF charstring overflows the operand stack");
        }
        stack[count++] = v;
    }

    private double pop() throws IOException {
        if (count == 0) {
            throw new IOException("CFF charstring underflows the operand stack");
        }
        return stack[--count];
    }

    private static void record(int index, Map<Integer, int[]> used, List<Integer> list) {
        if (!used.containsKey(index)) {
            used.put(index, null);
            list.add(index);
        }
    }

    /** The Type 2 bias for a subroutine index of {@code n} entries. */
    private static int bias(int n) {
        return n < 1240 ? 107 : n < 33900 ? 1131 : 32768;
    }

    @SuppressWarnings("unchecked")
    private <T> T field(String name) {
        try {
            Field f = CFFFontSubset.class.getDeclaredField(name);
            f.setAccessible(true);
            return (T) f.get(this);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("This OpenPDF version's CFFFontSubset has no field " + name, e);
        }
    }
}
