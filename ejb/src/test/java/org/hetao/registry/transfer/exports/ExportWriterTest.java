package org.hetao.registry.transfer.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hetao.registry.transfer.imports.ImportFileException;
import org.hetao.registry.transfer.imports.ImportFormat;
import org.hetao.registry.transfer.imports.ImportKind;
import org.hetao.registry.transfer.imports.ImportRow;
import org.hetao.registry.transfer.imports.UploadReader;
import org.junit.jupiter.api.Test;

class ExportWriterTest {
    private static Map<String, String> person(String name) {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("ref", "P-1");
        cells.put("name_en", name);
        cells.put("institution", "HKU");
        return cells;
    }

    private static String write(ExportFormat format, Map<String, String> cells) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ExportWriter w = new ExportWriter(out, format, List.copyOf(cells.keySet()))) {
            w.write(cells, null);
            w.write(cells, null);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void csvNeutralisesFormulaCellsAndReimportsUnchanged() throws IOException, ImportFileException {
        String formula = "=HYPERLINK(\"http://evil.example\",\"click\")";
        String csv = write(ExportFormat.CSV, person(formula));
        assertTrue(csv.startsWith("\uFEFFref,name_en,institution\r\n"), csv);
        assertTrue(csv.contains("P-1,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",HKU"), csv);
        List<ImportRow> rows = UploadReader.read(
                        csv.getBytes(StandardCharsets.UTF_8), ImportFormat.CSV, ImportKind.PEOPLE)
                .rows();
        assertEquals(2, rows.size());
        assertEquals(formula, rows.get(0).cell("name_en"));
    }

    @Test
    void jsonIsAnArrayAndJsonLinesOneObjectPerLine() throws IOException {
        String json = write(ExportFormat.JSON, person("=1+1"));
        assertTrue(json.startsWith("[{") && json.endsWith("}]") && json.contains("},{"), json);
        assertTrue(json.contains("\"name_en\":\"=1+1\""), "JSON is not a spreadsheet: left as it is");
        String jsonl = write(ExportFormat.JSONL, person("陳大文"));
        assertEquals(2, jsonl.lines().count());
        assertTrue(jsonl.contains("\"name_en\":\"陳大文\""));
    }

    @Test
    void theFormatComesFromTheParameterOrTheAcceptHeader() {
        assertEquals(ExportFormat.CSV, ExportFormat.of("csv", null));
        assertEquals(ExportFormat.CSV, ExportFormat.of(null, "text/csv"));
        assertEquals(ExportFormat.JSONL, ExportFormat.of(null, "application/x-ndjson"));
        assertEquals(ExportFormat.JSON, ExportFormat.of(null, "*/*"));
        assertEquals(ExportFormat.JSONL, ExportFormat.of("jsonl", "text/csv"));
    }
}
