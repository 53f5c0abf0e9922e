package org.hetao.registry.lucene;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/** Cleans sets of exact identifiers: drops nulls and blanks, strips spaces, keeps order. */
final class Identifiers {

    private Identifiers() {}

    static Set<String> clean(Set<String> identifiers) {
        if (identifiers == null) {
            return Set.of();
        }
        Set<String> clean = new LinkedHashSet<>();
        for (String identifier : identifiers) {
            if (identifier != null && !identifier.isBlank()) {
                clean.add(identifier.strip());
            }
        }
        return Collections.unmodifiableSet(clean);
    }
}
