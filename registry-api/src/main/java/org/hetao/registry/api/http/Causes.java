package org.hetao.registry.api.http;

import java.util.ArrayList;
import java.util.List;

/** A failure and the chain of its causes, outermost first, for the mappers that look for a known one inside. */
final class Causes {
    /** Deeper than any real chain; stops a cycle of causes. */
    private static final int MAX_DEPTH = 64;

    private Causes() {}

    static List<Throwable> of(Throwable e) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = e; t != null && chain.size() < MAX_DEPTH && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    /** The first failure of the given kind in the chain, or null. */
    static <T extends Throwable> T find(Throwable e, Class<T> kind) {
        return of(e).stream()
                .filter(kind::isInstance)
                .map(kind::cast)
                .findFirst()
                .orElse(null);
    }

    /** The innermost cause. */
    static Throwable root(Throwable e) {
        List<Throwable> chain = of(e);
        return chain.get(chain.size() - 1);
    }
}
