package org.hetao.registry.common;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A page of a list: 1-based page number, page size, and a sort key with direction. The allowed
 * sort keys are stated by each list; anything else is a client error.
 */
public record PageRequest(int page, int size, String sort, boolean descending) {
    public static final int MAX_SIZE = 200;
    public static final int MAX_OFFSET = 1_000_000;

    public PageRequest {
        if (page < 1) {
            throw new InvalidValueException("page", ErrorCode.PARAM_RANGE, "must be 1 or more", Map.of("min", 1));
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidValueException(
                    "size",
                    ErrorCode.PARAM_RANGE,
                    "must be between 1 and " + MAX_SIZE,
                    Map.of("min", 1, "max", MAX_SIZE));
        }
        if ((long) (page - 1) * size > MAX_OFFSET) {
            throw new InvalidValueException(
                    "page", ErrorCode.PAGE_TOO_DEEP, "is too deep: narrow the list with filters instead");
        }
    }

    /** Parses {@code name} or {@code -name} (descending) against the keys a list allows. */
    public static PageRequest of(int page, int size, String sort, Set<String> allowed, String defaultSort) {
        String s = sort == null || sort.isBlank() ? defaultSort : sort.strip();
        boolean desc = s.startsWith("-");
        String key = desc ? s.substring(1) : s;
        if (!allowed.contains(key)) {
            throw new InvalidValueException(
                    "sort",
                    ErrorCode.PARAM_ENUM,
                    "must be one of " + allowed + " (prefix with - for descending)",
                    Map.of("allowed", List.copyOf(allowed)));
        }
        return new PageRequest(page, size, key, desc);
    }

    public int offset() {
        return (page - 1) * size;
    }
}
