package org.hetao.registry.lucene.query;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.lucene.index.Term;

/**
 * Which plain words of a query a typo-tolerant search matches approximately, and within how many
 * edits (an insertion, deletion, substitution or transposition of two neighbouring letters).
 *
 * <p>Only words that look like typos: words of letters only, at least {@value #MIN_LETTERS}
 * letters long (among short words one edit is another word: sonar and solar, gene and gone), one
 * edit below {@value #TWO_EDITS_FROM} letters and two from there on; and never a word the index
 * already contains, in a record the reader may see: a rare technical word that exists (hydrogel,
 * next to hydrogen) is what was meant, not a typo. The caller's predicate decides what "contains"
 * means; it must count only visible records, or the answer would reveal hidden words.
 *
 * <p>Not thread-safe: one per query.
 */
public final class TypoTolerance {

    /** Words shorter than this are matched exactly. */
    public static final int MIN_LETTERS = 6;

    /** Words this long or longer may have two edits. */
    public static final int TWO_EDITS_FROM = 12;

    /** No word is matched approximately. */
    public static final TypoTolerance NONE = new TypoTolerance(null);

    private final Predicate<Term> indexed;
    private final Map<String, Boolean> known = new HashMap<>();

    private TypoTolerance(Predicate<Term> indexed) {
        this.indexed = indexed;
    }

    /**
     * @param indexed whether a record the reader may see contains a term (a word in one of the
     *     spelling fields)
     */
    public static TypoTolerance outside(Predicate<Term> indexed) {
        return new TypoTolerance(indexed);
    }

    /** Whether any word may be matched approximately. */
    public boolean enabled() {
        return indexed != null;
    }

    /** The edits allowed for a word, by its length alone: 0, 1 or 2. */
    static int editsForLength(String word) {
        if (word.isEmpty() || !word.codePoints().allMatch(Character::isLetter)) {
            return 0;
        }
        int letters = word.codePointCount(0, word.length());
        if (letters < MIN_LETTERS) {
            return 0;
        }
        return letters < TWO_EDITS_FROM ? 1 : 2;
    }

    /**
     * The edits allowed for a word searched in some fields: none if tolerance is off, the word is
     * short or not a word, or it is indexed in any of the fields.
     */
    int editsFor(String word, Collection<String> fields) {
        if (!enabled()) {
            return 0;
        }
        int edits = editsForLength(word);
        if (edits == 0) {
            return 0;
        }
        boolean inIndex =
                known.computeIfAbsent(word, w -> fields.stream().anyMatch(field -> indexed.test(new Term(field, w))));
        return inIndex ? 0 : edits;
    }
}
