package org.hetao.registry.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hetao.registry.search.SearchDocument;
import org.hetao.registry.search.SearchIndex;

/** The corpus indexed in-process with the registry's own {@link SearchIndex} (same schema and analysis as the application). */
public final class LuceneCorpus {
    private LuceneCorpus() {
    }

    /** Opens (creating) an index in {@code dir} and fills it with the corpus; returns the open index. */
    public static SearchIndex build(Corpus corpus, Path dir) throws Exception {
        SearchIndex index = SearchIndex.open(dir);
        CorpusDocuments docs = new CorpusDocuments(corpus.institutions());
        List<SearchDocument> all = new ArrayList<>();
        long t = System.nanoTime();
        corpus.forEach(p -> {
            all.add(docs.project(p));
            for (Corpus.Asset a : p.assets()) {
                all.add(docs.asset(p, a));
            }
        });
        long generated = System.nanoTime();
        index.replaceAll(all, n -> { });
        System.err.printf("indexed %d documents in-process (generate %.1f s, index %.1f s)%n", all.size(),
                (generated - t) / 1e9, (System.nanoTime() - generated) / 1e9);
        return index;
    }
}
