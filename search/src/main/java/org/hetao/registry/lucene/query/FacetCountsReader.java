package org.hetao.registry.lucene.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.hetao.registry.lucene.Facet;
import org.hetao.registry.lucene.FacetValue;
import org.hetao.registry.lucene.SearchLimits;

/**
 * Reads the counts of every {@link Facet} from drill-sideways facets: the top values by count,
 * except readiness levels (ascending) and years (newest first), which read better in order.
 */
final class FacetCountsReader {

    private FacetCountsReader() {}

    static Map<Facet, List<FacetValue>> read(Facets facets) throws IOException {
        Map<Facet, List<FacetValue>> counts = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            FacetResult result = facets.getTopChildren(SearchLimits.MAX_FACET_VALUES, facet.dimension());
            if (result == null) {
                continue;
            }
            List<FacetValue> values = new ArrayList<>();
            for (LabelAndValue labelAndValue : result.labelValues) {
                if (labelAndValue.value.longValue() > 0) {
                    values.add(new FacetValue(labelAndValue.label, labelAndValue.value.longValue()));
                }
            }
            if (facet == Facet.READINESS) {
                values.sort(Comparator.comparing(FacetValue::value));
            } else if (facet == Facet.YEAR) {
                values.sort(Comparator.comparing(FacetValue::value).reversed());
            }
            counts.put(facet, values);
        }
        return counts;
    }
}
