package org.hetao.registry.lucene.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.hetao.registry.lucene.DocType;

/**
 * The ids of every live document, per type and sorted, read from the unique keys' doc values
 * (no stored field is loaded), through a reader that sees every write made so far.
 */
public final class IndexedIds {
    private IndexedIds() {}

    public static Map<DocType, long[]> of(IndexWriter writer) throws IOException {
        Map<DocType, long[]> ids = new EnumMap<>(DocType.class);
        Map<DocType, Integer> sizes = new EnumMap<>(DocType.class);
        for (DocType type : DocType.values()) {
            ids.put(type, new long[16]);
            sizes.put(type, 0);
        }
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                SortedDocValues uids = DocValues.getSorted(leaf.reader(), IndexFields.UID);
                Bits live = leaf.reader().getLiveDocs();
                for (int doc = uids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = uids.nextDoc()) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    String uid = uids.lookupOrd(uids.ordValue()).utf8ToString();
                    int colon = uid.lastIndexOf(':');
                    DocType type = DocType.fromUrlName(uid.substring(0, colon));
                    long[] of = ids.get(type);
                    int size = sizes.get(type);
                    if (size == of.length) {
                        of = Arrays.copyOf(of, size * 2);
                        ids.put(type, of);
                    }
                    of[size] = Long.parseLong(uid.substring(colon + 1));
                    sizes.put(type, size + 1);
                }
            }
        }
        ids.replaceAll((type, of) -> {
            long[] exact = Arrays.copyOf(of, sizes.get(type));
            Arrays.sort(exact);
            return exact;
        });
        return ids;
    }
}
