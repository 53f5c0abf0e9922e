package org.hetao.registry.lucene;

import java.util.Arrays;

/** The kinds of registry record the search index holds, each with the name used in URLs. */
public enum DocType {
    PROJECT("project"),
    IP_ASSET("ip-asset"),
    INSTITUTION("institution"),
    PERSON("person");

    private final String urlName;

    DocType(String urlName) {
        this.urlName = urlName;
    }

    /** The name used in URLs and as the value of the {@link Facet#TYPE} facet, e.g. {@code ip-asset}. */
    public String urlName() {
        return urlName;
    }

    /**
     * The type with the given URL name.
     *
     * @throws IllegalArgumentException if no type has that name
     */
    public static DocType fromUrlName(String urlName) {
        return Arrays.stream(values())
                .filter(t -> t.urlName.equals(urlName))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown document type: " + urlName));
    }
}
