package org.hetao.registry.lucene.index;

import org.apache.lucene.facet.FacetsConfig;
import org.hetao.registry.lucene.Facet;

/** The facet configuration: every {@link Facet} is a flat sorted-set doc-values dimension. */
public final class FacetSchema {

    private static final FacetsConfig CONFIG = build();

    private FacetSchema() {}

    /** The shared configuration; not to be changed after startup. */
    public static FacetsConfig config() {
        return CONFIG;
    }

    private static FacetsConfig build() {
        FacetsConfig config = new FacetsConfig();
        for (Facet facet : Facet.values()) {
            config.setMultiValued(facet.dimension(), facet.multiValued());
        }
        return config;
    }
}
