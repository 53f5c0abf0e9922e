package org.hetao.registry.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadsheetCsvTest {

    @Test
    void writesAByteOrderMarkTheHeaderAndNeutralisedCells() throws IOException {
        StringWriter out = new StringWriter();
        SpreadsheetCsv csv = new SpreadsheetCsv(out, List.of("title", "count", "note"));
        csv.row(Arrays.asList("=HYPERLINK(\"http://x\")", 3, null));
        csv.row(List.of("软夹爪, 二代", -1, "@once"));

        assertEquals(
                "\uFEFFtitle,count,note\r\n" + "\"'=HYPERLINK(\"\"http://x\"\")\",3,\r\n"
                        + "\"软夹爪, 二代\",'-1,'@once\r\n",
                out.toString());
    }
}
