package org.hetao.registry.common;

import java.util.List;
import java.util.function.Function;

/** One page of a list and the number of items in the whole list. */
public record Page<T>(List<T> items, long total, int page, int size) {
    public <R> Page<R> map(Function<? super T, ? extends R> f) {
        return new Page<>(items.stream().<R>map(f).toList(), total, page, size);
    }
}
