package org.hetao.registry.lucene.quality;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.hetao.registry.lucene.Audience;
import org.hetao.registry.lucene.RebuildProgress;
import org.hetao.registry.lucene.SearchHit;
import org.hetao.registry.lucene.SearchIndex;
import org.hetao.registry.lucene.SearchLimits;
import org.hetao.registry.lucene.SearchRequest;
import org.hetao.registry.lucene.index.IndexFields;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every word of the Chinese fields of the quality corpus's index, typed alone as a query, finds
 * every record that holds it: the query side cuts and folds a word as the index does, whatever
 * the sentence around the word did to its segmentation.
 */
class ChineseVocabularyTest {

    /** Results are read a page at a time until every record holding the word is found (or none are left). */
    private static final int PAGE = 20;

    @TempDir
    Path dir;

    @Test
    void everyIndexedChineseWordSearchedAloneFindsItsRecords() throws IOException {
        try (SearchIndex index = SearchIndex.open(dir)) {
            index.replaceAll(new QualityCorpus().documents(), RebuildProgress.none());
            Map<String, Set<Long>> vocabulary = chineseVocabulary();
            assertTrue(vocabulary.size() > 500, "too few Chinese words indexed: " + vocabulary.size());
            List<String> misses = new ArrayList<>();
            for (Map.Entry<String, Set<Long>> word : vocabulary.entrySet()) {
                Set<Long> found = new HashSet<>();
                for (int page = 1;
                        page <= SearchLimits.MAX_RESULT_WINDOW / PAGE && !found.containsAll(word.getValue());
                        page++) {
                    List<SearchHit> hits = index.search(SearchRequest.builder(Audience.everything())
                                    .query(QueryParserBase.escape(word.getKey()))
                                    .page(page)
                                    .size(PAGE)
                                    .build())
                            .hits();
                    if (hits.isEmpty()) {
                        break;
                    }
                    hits.forEach(hit -> found.add(hit.id()));
                }
                if (!found.containsAll(word.getValue())) {
                    Set<Long> missing = new HashSet<>(word.getValue());
                    missing.removeAll(found);
                    misses.add(word.getKey() + " misses " + missing);
                }
            }
            assertTrue(
                    misses.isEmpty(),
                    misses.size() + " of " + vocabulary.size() + " words do not find their records: " + misses);
        }
    }

    /** Each Chinese word (and number) of the Chinese word fields and the records (ids) that hold it. */
    private Map<String, Set<Long>> chineseVocabulary() throws IOException {
        Map<String, Set<Long>> vocabulary = new TreeMap<>();
        try (FSDirectory directory = FSDirectory.open(dir);
                DirectoryReader reader = DirectoryReader.open(directory)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                for (String field : IndexFields.CHINESE_FIELDS) {
                    Terms terms = leaf.reader().terms(field);
                    if (terms == null) {
                        continue;
                    }
                    TermsEnum each = terms.iterator();
                    PostingsEnum postings = null;
                    for (BytesRef term = each.next(); term != null; term = each.next()) {
                        String word = term.utf8ToString();
                        if (word.chars().anyMatch(c -> Character.isLetter(c) && c < 0x80)) {
                            continue; // a Latin word's stem (licens), not a word anyone types: the English analysis'
                            // concern
                        }
                        Set<Long> ids = vocabulary.computeIfAbsent(word, t -> new HashSet<>());
                        postings = each.postings(postings, PostingsEnum.NONE);
                        for (int doc = postings.nextDoc();
                                doc != DocIdSetIterator.NO_MORE_DOCS;
                                doc = postings.nextDoc()) {
                            if (leaf.reader().getLiveDocs() == null
                                    || leaf.reader().getLiveDocs().get(doc)) {
                                ids.add(leaf.reader()
                                        .storedFields()
                                        .document(doc)
                                        .getField(IndexFields.ID)
                                        .numericValue()
                                        .longValue());
                            }
                        }
                    }
                }
            }
        }
        return vocabulary;
    }
}
