package org.hetao.registry.transfer.imports;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;

/** What a row does whose record the registry already holds (same external reference or natural key): skip it (the default) or update the record. */
public enum OnDuplicate {
    SKIP,
    UPDATE;

    public static OnDuplicate of(String value) {
        if (value == null || value.isBlank()) {
            return SKIP;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "skip" -> SKIP;
            case "update" -> UPDATE;
            default ->
                throw new InvalidValueException(
                        "onDuplicate",
                        ErrorCode.PARAM_ENUM,
                        "must be skip or update",
                        Map.of("allowed", List.of("skip", "update")));
        };
    }
}
