package org.hetao.registry.api.http;

import java.util.List;
import java.util.function.Function;
import org.hetao.registry.common.Page;

/** A page of a list in a response. */
public record PageView<T>(List<T> items, long total, int page, int size) {
    public static <E, T> PageView<T> of(Page<E> page, Function<? super E, ? extends T> view) {
        return new PageView<>(page.items().stream().<T>map(view).toList(), page.total(), page.page(), page.size());
    }
}
