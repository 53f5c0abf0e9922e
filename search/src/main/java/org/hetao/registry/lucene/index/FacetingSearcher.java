package org.hetao.registry.lucene.index;

import java.io.IOException;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * A searcher that carries the facet ordinal state of its reader, built once per refresh rather
 * than per search.
 */
public final class FacetingSearcher extends IndexSearcher {

    private final SortedSetDocValuesReaderState facetState;

    private FacetingSearcher(IndexReader reader, SortedSetDocValuesReaderState facetState) {
        super(reader);
        this.facetState = facetState;
    }

    /** The facet state, or null while no document has been indexed. */
    public SortedSetDocValuesReaderState facetState() {
        return facetState;
    }

    /** Creates faceting searchers for a {@code SearcherManager}. */
    public static SearcherFactory factory() {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
                FieldInfo facets =
                        FieldInfos.getMergedFieldInfos(reader).fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
                SortedSetDocValuesReaderState state = facets == null || reader.numDocs() == 0
                        ? null
                        : new DefaultSortedSetDocValuesReaderState(reader, FacetSchema.config());
                return new FacetingSearcher(reader, state);
            }
        };
    }
}
