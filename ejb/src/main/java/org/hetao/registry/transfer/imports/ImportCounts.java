package org.hetao.registry.transfer.imports;

import java.util.EnumMap;
import java.util.Map;
import org.hetao.registry.transfer.format.RecordKind;

/** How many records of each kind a run created, updated, skipped and proposed (or, in a dry run, would have). */
public final class ImportCounts {
    private final Map<RecordKind, int[]> counts = new EnumMap<>(RecordKind.class);

    void add(RecordKind kind, ImportAction action) {
        counts.computeIfAbsent(kind, k -> new int[ImportAction.values().length])[action.ordinal()]++;
    }

    public int get(RecordKind kind, ImportAction action) {
        int[] c = counts.get(kind);
        return c == null ? 0 : c[action.ordinal()];
    }

    public int total(ImportAction action) {
        return counts.values().stream().mapToInt(c -> c[action.ordinal()]).sum();
    }

    public Map<RecordKind, int[]> byKind() {
        return Map.copyOf(counts);
    }
}
