package org.hetao.registry.search.analysis;

import com.ibm.icu.text.Transliterator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;

/**
 * The two character maps the Chinese analyzer applies before segmentation, both with Lucene's
 * {@code MappingCharFilter} so offsets stay right for highlighting:
 *
 * <ol>
 *   <li>Traditional to Simplified, one character at a time, taken from ICU's {@code
 *       Traditional-Simplified} transliterator (about 2,800 characters);
 *   <li>Hong Kong / Taiwan terms to Mainland terms (人工智慧 → 人工智能, 軟體 → 软件, ...), from the
 *       documented list {@code zh-variants.txt} beside this class. Both sides of each line are
 *       folded to Simplified when loaded, so the list may be written in either script.
 * </ol>
 *
 * Building the first map takes a few hundred milliseconds, once per JVM.
 */
public final class ChineseCharMaps {

  static final String VARIANTS_RESOURCE = "zh-variants.txt";

  private ChineseCharMaps() {}

  /** Traditional → Simplified, character by character. */
  public static NormalizeCharMap traditionalToSimplified() {
    return Holder.TRADITIONAL_TO_SIMPLIFIED;
  }

  /** Regional term variants → Mainland term, in Simplified characters. */
  public static NormalizeCharMap termVariants() {
    return Holder.TERM_VARIANTS;
  }

  /** Folds a string to Simplified characters with ICU's transliterator. */
  static String toSimplified(String text) {
    synchronized (Holder.class) {
      return Holder.transliterator().transliterate(text);
    }
  }

  private static final class Holder {
    private static final int[][] HAN_RANGES = {
      {0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF}, {0x20000, 0x2FFFF}
    };
    private static Transliterator transliterator;
    static final NormalizeCharMap TRADITIONAL_TO_SIMPLIFIED = buildTraditionalToSimplified();
    static final NormalizeCharMap TERM_VARIANTS = buildTermVariants();

    static synchronized Transliterator transliterator() {
      if (transliterator == null) {
        transliterator = Transliterator.getInstance("Traditional-Simplified");
      }
      return transliterator;
    }

    private static NormalizeCharMap buildTraditionalToSimplified() {
      Transliterator t = transliterator();
      NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
      synchronized (Holder.class) {
        for (int[] range : HAN_RANGES) {
          for (int cp = range[0]; cp <= range[1]; cp++) {
            if (!Character.isDefined(cp)) {
              continue;
            }
            String traditional = Character.toString(cp);
            String simplified = t.transliterate(traditional);
            if (!simplified.equals(traditional)) {
              map.add(traditional, simplified);
            }
          }
        }
      }
      return map.build();
    }

    private static NormalizeCharMap buildTermVariants() {
      NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
      try (InputStream in = ChineseCharMaps.class.getResourceAsStream(VARIANTS_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + VARIANTS_RESOURCE);
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
          int hash = line.indexOf('#');
          String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
          if (entry.isEmpty()) {
            continue;
          }
          String[] sides = entry.split("=>");
          if (sides.length != 2 || sides[0].isBlank() || sides[1].isBlank()) {
            throw new IllegalStateException("bad line in " + VARIANTS_RESOURCE + ": " + line);
          }
          String canonical = toSimplified(sides[1].strip());
          for (String variant : sides[0].split(",")) {
            String folded = toSimplified(variant.strip());
            if (!folded.equals(canonical)) {
              map.add(folded, canonical);
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return map.build();
    }
  }
}
