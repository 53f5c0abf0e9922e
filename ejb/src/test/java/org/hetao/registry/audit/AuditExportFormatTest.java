package org.hetao.registry.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.hetao.registry.common.InvalidValueException;
import org.junit.jupiter.api.Test;

class AuditExportFormatTest {
    @Test
    void theParameterDecidesThenTheAcceptHeaderAndJsonLinesIsTheDefault() {
        assertEquals(AuditExportFormat.CSV, AuditExportFormat.of(" CSV ", "application/x-ndjson"));
        assertEquals(AuditExportFormat.JSONL, AuditExportFormat.of("ndjson", "text/csv"));
        assertEquals(AuditExportFormat.CSV, AuditExportFormat.of("", "text/csv;q=0.9, */*;q=0.1"));
        assertEquals(AuditExportFormat.JSONL, AuditExportFormat.of(null, "*/*"));
        assertEquals(AuditExportFormat.JSONL, AuditExportFormat.of(null, null));
    }

    @Test
    void anotherFormatIsRefusedNamingTheAllowedOnes() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> AuditExportFormat.of("json", null));
        assertEquals(
                "must be csv or jsonl", e.getMessage().substring(e.getMessage().indexOf("must")));
    }

    @Test
    void anExportsRecordNamesItsFormatAndFilters() {
        assertEquals(
                "CSV; every record",
                AuditService.describe(new AuditFilter(" ", null, "", null, null, null), AuditExportFormat.CSV));
        assertEquals(
                "JSONL; entityKind=ownership, entityId=12, action=UPDATE",
                AuditService.describe(
                        new AuditFilter("ownership", 12L, null, AuditAction.UPDATE, null, null),
                        AuditExportFormat.JSONL));
    }
}
