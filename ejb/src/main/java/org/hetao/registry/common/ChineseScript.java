package org.hetao.registry.common;

import com.ibm.icu.text.Transliterator;

/**
 * Which of the registry's three languages a single text of unstated language is written in, from its
 * characters: Han text with characters used only in Traditional writing is Traditional Chinese, with
 * characters used only in Simplified writing Simplified Chinese; anything else, and any text where
 * neither clearly prevails, counts as English, so that a text is never put under a Chinese script it
 * may not be written in. A character is Traditional-only when ICU's {@code Traditional-Simplified}
 * transliterator changes it, Simplified-only when {@code Simplified-Traditional} changes it and the
 * other does not.
 */
public enum ChineseScript {
    EN,
    ZH_HANT,
    ZH_HANS;

    /** How many times more characters of one script than of the other make it the text's script. */
    private static final int PREVAILS = 3;

    /** The language {@code text} is written in; {@link #EN} when it is blank, mostly Latin or unclear. */
    public static ChineseScript of(String text) {
        if (text == null || text.isBlank()) {
            return EN;
        }
        long han = text.codePoints().filter(ChineseScript::isHan).count();
        long latin = text.codePoints()
                .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN)
                .count();
        if (han == 0 || latin >= han) {
            return EN;
        }
        int traditional = 0;
        int simplified = 0;
        for (int c : text.codePoints().filter(ChineseScript::isHan).toArray()) {
            String s = new String(Character.toChars(c));
            boolean changesToSimplified = !Converters.toSimplified(s).equals(s);
            boolean changesToTraditional = !Converters.toTraditional(s).equals(s);
            if (changesToSimplified) {
                traditional++;
            } else if (changesToTraditional) {
                simplified++;
            }
        }
        if (traditional > 0 && traditional >= PREVAILS * simplified) {
            return ZH_HANT;
        }
        if (simplified > 0 && simplified >= PREVAILS * traditional) {
            return ZH_HANS;
        }
        return EN;
    }

    /** The text under this language, the other two empty. */
    public LocalizedText hold(String text) {
        return switch (this) {
            case EN -> new LocalizedText(text, null, null);
            case ZH_HANT -> new LocalizedText(null, text, null);
            case ZH_HANS -> new LocalizedText(null, null, text);
        };
    }

    private static boolean isHan(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** ICU's transliterators, made once; they are not thread-safe, so every use holds the lock. */
    private static final class Converters {
        private static final Transliterator TO_SIMPLIFIED = Transliterator.getInstance("Traditional-Simplified");
        private static final Transliterator TO_TRADITIONAL = Transliterator.getInstance("Simplified-Traditional");

        static synchronized String toSimplified(String s) {
            return TO_SIMPLIFIED.transliterate(s);
        }

        static synchronized String toTraditional(String s) {
            return TO_TRADITIONAL.transliterate(s);
        }
    }
}
