package org.hetao.registry.transfer.imports;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;

/** All or nothing (the default): one bad row rejects the file. A dry run validates and reports, and writes nothing. */
public enum ImportMode {
    ALL_OR_NOTHING,
    DRY_RUN;

    public static ImportMode of(String value) {
        if (value == null || value.isBlank()) {
            return ALL_OR_NOTHING;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "all-or-nothing" -> ALL_OR_NOTHING;
            case "dry-run" -> DRY_RUN;
            default ->
                throw new InvalidValueException(
                        "mode",
                        ErrorCode.PARAM_ENUM,
                        "must be all-or-nothing or dry-run",
                        Map.of("allowed", List.of("all-or-nothing", "dry-run")));
        };
    }
}
