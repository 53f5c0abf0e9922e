package org.hetao.registry.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.TreeSet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.hetao.registry.search.index.FieldAnalyzers;
import org.hetao.registry.search.index.IndexFields;

/**
 * Puts spaces between the words of Chinese text in a query, outside quotes, using the same
 * analyzer as the index. The query parser splits on spaces and lets each word match in any
 * field, so 香港科技大學機器人 finds a record whose title says 機器人 and whose summary names the
 * university. Runs touching an operator ({@code -機器人}, {@code 機器*}) are left whole, and Latin
 * text glued to Chinese ({@code AI晶片}) is split from it.
 */
final class ChineseQuerySegmenter {

  private ChineseQuerySegmenter() {}

  static String segment(String query) {
    StringBuilder out = new StringBuilder(query.length() + 16);
    boolean inQuotes = false;
    int i = 0;
    while (i < query.length()) {
      char c = query.charAt(i);
      if (c == '\\' && i + 1 < query.length()) {
        out.append(c).append(query.charAt(i + 1));
        i += 2;
        continue;
      }
      if (c == '"') {
        inQuotes = !inQuotes;
      }
      if (inQuotes || !isHan(query.codePointAt(i))) {
        out.append(c);
        i++;
        continue;
      }
      int end = i;
      while (end < query.length() && isHan(query.codePointAt(end))) {
        end += Character.charCount(query.codePointAt(end));
      }
      char before = i > 0 ? query.charAt(i - 1) : ' ';
      char after = end < query.length() ? query.charAt(end) : ' ';
      String run = query.substring(i, end);
      boolean attachedToOperator = "+-!".indexOf(before) >= 0 || "*?~^".indexOf(after) >= 0;
      if (Character.isLetterOrDigit(before)) {
        out.append(' ');
      }
      out.append(attachedToOperator ? run : splitWords(run));
      if (Character.isLetterOrDigit(after)) {
        out.append(' ');
      }
      i = end;
    }
    return out.toString();
  }

  private static String splitWords(String run) {
    TreeSet<Integer> starts = new TreeSet<>();
    try (TokenStream tokens = FieldAnalyzers.chinese().tokenStream(IndexFields.TITLE_ZH, run)) {
      OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        starts.add(offset.startOffset());
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    StringBuilder words = new StringBuilder(run.length() + starts.size());
    for (int i = 0; i < run.length(); i++) {
      if (i > 0 && starts.contains(i)) {
        words.append(' ');
      }
      words.append(run.charAt(i));
    }
    return words.toString();
  }

  private static boolean isHan(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }
}
