package org.hetao.registry.exports;

import java.util.Map;

/** One exported record: its registry id (where the next slice starts) and its cells by column, in column order. */
public record ExportRow(long id, Map<String, String> cells) {
}
