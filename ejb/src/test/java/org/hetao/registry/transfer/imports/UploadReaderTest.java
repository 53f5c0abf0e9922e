package org.hetao.registry.transfer.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hetao.registry.transfer.format.BackupHeader;
import org.hetao.registry.transfer.format.RecordKind;
import org.junit.jupiter.api.Test;

class UploadReaderTest {
    private static final String PEOPLE_HEADER = "ref,name_en,name_zh,orcid,institution,email\n";

    private static List<ImportRow> csv(String text, ImportKind kind) throws ImportFileException {
        return UploadReader.read(text.getBytes(StandardCharsets.UTF_8), ImportFormat.CSV, kind)
                .rows();
    }

    @Test
    void readsCsvWithAndWithoutByteOrderMark() throws ImportFileException {
        String text = PEOPLE_HEADER + "P-1,Chan Tai Man,陳大文,,HKU,\n";
        List<ImportRow> plain = csv(text, ImportKind.PEOPLE);
        List<ImportRow> bom = csv("\uFEFF" + text, ImportKind.PEOPLE);
        assertEquals(1, plain.size());
        assertEquals(plain, bom);
        assertEquals("P-1", bom.get(0).ref());
        assertEquals("陳大文", bom.get(0).cell("name_zh"));
        assertEquals(2, bom.get(0).row(), "the header is row 1");
        assertNull(bom.get(0).cell("orcid"), "a blank cell reads as absent");
    }

    @Test
    void wrongEncodingNamesTheByteOffsetAndLine() {
        byte[] big5 = (PEOPLE_HEADER + "P-1,Chan,陳大文,,HKU,\n").getBytes(Charset.forName("Big5"));
        ImportFileException e = assertThrows(
                ImportFileException.class, () -> UploadReader.read(big5, ImportFormat.CSV, ImportKind.PEOPLE));
        int offset = PEOPLE_HEADER.length() + "P-1,Chan,".length();
        assertTrue(e.getMessage().contains("not UTF-8"), e.getMessage());
        assertTrue(e.getMessage().contains("byte offset " + offset), e.getMessage());
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        assertEquals(2, e.toError().row());
    }

    @Test
    void latin1IsNotSilentlyReplaced() {
        byte[] latin1 = (PEOPLE_HEADER + "P-1,José,,,HKU,\n").getBytes(StandardCharsets.ISO_8859_1);
        assertThrows(ImportFileException.class, () -> UploadReader.read(latin1, ImportFormat.CSV, ImportKind.PEOPLE));
    }

    @Test
    void missingAndUnknownColumnsAreNamed() {
        ImportFileException e = assertThrows(
                ImportFileException.class, () -> csv("ref,name_en,institutoin\nP-1,Chan,HKU\n", ImportKind.PEOPLE));
        assertTrue(e.getMessage().contains("missing column(s) institution"), e.getMessage());
        assertTrue(e.getMessage().contains("unknown column(s) institutoin"), e.getMessage());
        assertEquals(1, e.toError().row());
        assertEquals("institution", e.toError().column());
    }

    @Test
    void aDuplicatedColumnIsAnError() {
        ImportFileException e = assertThrows(
                ImportFileException.class,
                () -> csv("ref,name_en,institution,name_en\nP-1,Chan,HKU,Chan\n", ImportKind.PEOPLE));
        assertTrue(e.getMessage().contains("appears twice"), e.getMessage());
    }

    @Test
    void aQuotedLineBreakIsKeptInAnAbstractAndRefusedInATitle() throws ImportFileException {
        String header = "ref,code,title_en,abstract_en,site,status,start_date,confidentiality,participants\n";
        List<ImportRow> rows = csv(
                header
                        + "R-1,HT-1,Title,\"first line\nsecond line\",HK_PARK,ACTIVE,2025-01-01,PUBLIC,HKU|LEAD\n"
                        + "R-2,HT-2,\"Broken\ntitle\",,HK_PARK,ACTIVE,2025-01-01,PUBLIC,HKU|LEAD\n",
                ImportKind.PROJECTS);
        assertEquals(2, rows.size());
        assertEquals("first line\nsecond line", rows.get(0).cell("abstract_en"));
        assertTrue(new RowReader(rows.get(0)).ok());
        RowReader second = new RowReader(rows.get(1));
        assertEquals(1, second.errors().size());
        assertEquals("title_en", second.errors().get(0).column());
        assertTrue(second.errors().get(0).message().contains("line break"));
        assertEquals(
                3,
                rows.get(1).row(),
                "rows are numbered as a spreadsheet shows them, a cell with a line break staying one row");
    }

    @Test
    void inJsonLinesAnyTextMayHoldALineBreak() throws ImportFileException {
        String line =
                "{\"ref\":\"R-1\",\"code\":\"HT-1\",\"title_en\":\"Robots\\nfor wet labs\",\"site\":\"HK_PARK\",\"status\":\"ACTIVE\","
                        + "\"start_date\":\"2025-01-01\",\"confidentiality\":\"PUBLIC\",\"participants\":\"HKU|LEAD\"}\n";
        List<ImportRow> rows = UploadReader.read(
                        line.getBytes(StandardCharsets.UTF_8), ImportFormat.JSONL, ImportKind.PROJECTS)
                .rows();
        RowReader r = new RowReader(rows.get(0));
        assertTrue(r.ok(), r.errors().toString());
        assertEquals("Robots\nfor wet labs", r.text("title_en"));
    }

    @Test
    void anUnclosedQuoteRejectsTheFileWithTheLine() {
        ImportFileException e = assertThrows(
                ImportFileException.class,
                () -> csv(PEOPLE_HEADER + "P-1,\"Chan Tai Man,,,HKU,\nP-2,Li,,,HKU,\n", ImportKind.PEOPLE));
        assertTrue(e.getMessage().contains("not valid CSV"), e.getMessage());
        assertTrue(e.getMessage().contains("line 2") || e.getMessage().contains("startline 2"), e.getMessage());
    }

    @Test
    void aRowWithTooManyCellsIsReported() throws ImportFileException {
        List<ImportRow> rows = csv(PEOPLE_HEADER + "P-1,Chan,,,HKU,,extra\n", ImportKind.PEOPLE);
        RowReader r = new RowReader(rows.get(0));
        assertFalse(r.ok());
        assertTrue(
                r.errors().get(0).message().contains("7 cells but the header has 6"),
                r.errors().toString());
    }

    @Test
    void anEmptyFileNeedsAHeader() {
        assertThrows(ImportFileException.class, () -> csv("", ImportKind.PEOPLE));
    }

    @Test
    void tooManyRowsAreRefused() {
        byte[] bytes = (PEOPLE_HEADER + "P-1,A,,,HKU,\nP-2,B,,,HKU,\nP-3,C,,,HKU,\n").getBytes(StandardCharsets.UTF_8);
        ImportFileException e = assertThrows(
                ImportFileException.class, () -> UploadReader.read(bytes, ImportFormat.CSV, ImportKind.PEOPLE, 2));
        assertTrue(e.getMessage().contains("more than 2 rows"));
    }

    @Test
    void readsJsonLinesWithArraysAndABackupsRecordKinds() throws ImportFileException {
        String text = """
                {"record":"institution","ref":"I-1","short_name":"HKU","name_en":"HKU","kind":"UNIVERSITY","jurisdiction":"HK","country":"HK"}

                {"record":"project","ref":"R-1","code":"HT-1","participants":["HKU|LEAD","SUSTECH|PARTNER"],"start_date":"2025-01-01"}
                {"record":"person","ref":"P-1","name_en":"Chan","institution":"HKU","shoe_size":42}
                not json
                """;
        List<ImportRow> rows = UploadReader.read(
                        text.getBytes(StandardCharsets.UTF_8), ImportFormat.JSONL, ImportKind.BACKUP)
                .rows();
        assertEquals(4, rows.size());
        assertEquals(RecordKind.INSTITUTION, rows.get(0).kind());
        assertEquals(RecordKind.PROJECT, rows.get(1).kind());
        assertEquals(3, rows.get(1).row(), "JSON Lines rows are numbered by line");
        assertEquals("HKU|LEAD; SUSTECH|PARTNER", rows.get(1).cell("participants"));
        assertTrue(new RowReader(rows.get(2)).errors().get(0).message().contains("unknown column(s) shoe_size"));
        assertTrue(new RowReader(rows.get(3)).errors().get(0).message().contains("not valid JSON"));
    }

    @Test
    void aBackupsFirstLineNamesItsRegistryAndInstitution() throws ImportFileException {
        String text = """
                {"record":"backup","registry":"3f2a9c1e6d3a4f7e","institution":"HKU"}
                {"record":"institution","ref":"HKU","short_name":"HKU","name_en":"HKU","kind":"UNIVERSITY","jurisdiction":"HK","country":"HK"}
                """;
        ParsedUpload upload =
                UploadReader.read(text.getBytes(StandardCharsets.UTF_8), ImportFormat.JSONL, ImportKind.BACKUP);
        assertEquals(new BackupHeader(1, "3f2a9c1e6d3a4f7e", "HKU"), upload.header());
        assertEquals(1, upload.rows().size());
        assertEquals(2, upload.rows().get(0).row());

        assertNull(
                UploadReader.read(
                                text.lines().skip(1).findFirst().orElseThrow().getBytes(StandardCharsets.UTF_8),
                                ImportFormat.JSONL,
                                ImportKind.BACKUP)
                        .header(),
                "a backup written before it had a first line");
    }

    @Test
    void aBackupsFirstLineComesFirstAndHoldsOnlyItsOwnKeys() throws ImportFileException {
        String[] bad = {
            "{\"record\":\"institution\",\"ref\":\"HKU\"}\n{\"record\":\"backup\",\"registry\":\"a\",\"institution\":\"HKU\"}",
            "{\"record\":\"backup\",\"registry\":\"a\",\"institution\":\"HKU\",\"exported\":\"today\"}",
            "{\"record\":\"backup\",\"registry\":\"a:b\",\"institution\":\"HKU\"}",
            "{\"record\":\"backup\",\"registry\":\"a\"}"
        };
        String[] reasons = {
            "it may only come first",
            "unknown key(s) exported",
            "must name the registry",
            "must name in \"institution\""
        };
        for (int i = 0; i < bad.length; i++) {
            ParsedUpload upload =
                    UploadReader.read(bad[i].getBytes(StandardCharsets.UTF_8), ImportFormat.JSONL, ImportKind.BACKUP);
            ImportRow broken = upload.rows().get(upload.rows().size() - 1);
            String message = new RowReader(broken).errors().get(0).message();
            assertTrue(message.contains(reasons[i]), message);
        }
        List<ImportRow> people = UploadReader.read(
                        "{\"record\":\"backup\",\"registry\":\"a\",\"institution\":\"HKU\"}"
                                .getBytes(StandardCharsets.UTF_8),
                        ImportFormat.JSONL,
                        ImportKind.PEOPLE)
                .rows();
        assertTrue(
                new RowReader(people.get(0)).errors().get(0).message().contains("unknown column(s) record"),
                "only a backup has a first line");
    }

    @Test
    void csvCannotHoldABackup() {
        assertThrows(ImportFileException.class, () -> csv("ref\n", ImportKind.BACKUP));
    }

    @Test
    void anImportRestoresNeutralisedFormulaCells() throws ImportFileException {
        List<ImportRow> rows = csv(PEOPLE_HEADER + "P-1,'=HYPERLINK(\"x\"),,,HKU,\n", ImportKind.PEOPLE);
        assertEquals("=HYPERLINK(\"x\")", rows.get(0).cell("name_en"));
    }
}
