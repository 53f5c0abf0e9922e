package org.hetao.registry.agreement.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.hetao.registry.agreement.AgreementDocument;
import org.hetao.registry.agreement.AgreementLanguage;
import org.hetao.registry.agreement.AgreementSamples;
import org.hetao.registry.agreement.AgreementStatus;
import org.hetao.registry.agreement.AgreementWarning;
import org.hetao.registry.agreement.BilingualLayout;
import org.hetao.registry.agreement.LanguageTerms;
import org.hetao.registry.agreement.Party;
import org.hetao.registry.agreement.Script;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Renders real PDFs with the Noto Sans CJK font from Debian's fonts-noto-cjk and reads them back with PDFBox. */
class AgreementRendererTest {
    private static final AgreementRenderer RENDERER = new AgreementRenderer();
    private static AgreementDocument draft;
    private static byte[] draftPdf;
    private static PdfInspection draftRead;
    private static PdfInspection issuedRead;

    @BeforeAll
    static void render() {
        draft = AgreementSamples.document(
                AgreementStatus.DRAFT, AgreementSamples.silentOptions(AgreementSamples.sideBySideTraditional()));
        draftPdf = RENDERER.render(draft);
        draftRead = PdfInspection.of(draftPdf);
        issuedRead = PdfInspection.of(RENDERER.render(AgreementSamples.document(
                AgreementStatus.ISSUED, AgreementSamples.options(LanguageTerms.single(AgreementLanguage.EN)))));
    }

    @Test
    void namesEveryPartyInEnglishAndInBothChineseScripts() {
        for (PdfInspection pdf : List.of(draftRead, issuedRead)) {
            for (Party p : AgreementSamples.parties()) {
                assertTrue(
                        pdf.text().contains(p.legalName().en()), p.legalName().en());
                assertTrue(
                        pdf.text().contains(p.legalName().zhHant()),
                        p.legalName().zhHant());
                assertTrue(
                        pdf.text().contains(p.legalName().zhHans()),
                        p.legalName().zhHans());
                assertTrue(pdf.text().contains(p.signatoryName()));
            }
        }
    }

    @Test
    void showsSharesAndContributionsToTheHundredthOfAPercent() {
        String text = draftRead.text();
        for (String share : List.of("33.34 %", "33.33 %", "100.00 %", "40.00 %", "35.00 %", "25.00 %")) {
            assertTrue(text.contains(share), share);
        }
        assertFalse(text.matches(".*33\\.3 .*|.*33\\.3[34]\\d.*"));
    }

    @Test
    void aDraftCarriesItsWarningsAndIsStampedOnEveryPage() {
        assertTrue(draftRead.pages().get(0).contains("Points to resolve before issue"));
        assertTrue(draftRead.pages().get(0).contains("發出前須處理的事項"));
        String box = draftRead.pages().get(0);
        for (AgreementWarning w : draft.warnings()) {
            assertTrue(box.contains(w.title().en()), w.title().en());
            assertTrue(
                    box.contains(w.title().zhHant()),
                    "titled in each language of the agreement: " + w.title().zhHant());
            assertFalse(
                    box.contains(w.title().zhHans())
                            && !w.title().zhHans().equals(w.title().zhHant()),
                    "not in a language it is not in");
            assertFalse(draftRead.text().contains(w.code()), "no raw code: " + w.code());
        }
        assertEquals(3, draft.warnings().size());
        assertTrue(draftRead.pages().size() > 3);
        for (int i = 0; i < draftRead.pages().size(); i++) {
            assertTrue(draftRead.pages().get(i).contains("DRAFT"), "page " + (i + 1));
            assertTrue(draftRead.pages().get(i).contains("草擬本"), "page " + (i + 1));
        }
    }

    @Test
    void aFilingLineSaysWhenItWasFiledOnceAndItsStatusInEachLanguage() {
        String english = issuedRead.text().replaceAll("\\s+", " ");
        assertTrue(english.contains("CN202610123456.7, filed 2026-03-02"), english);
        assertFalse(english.contains("filed 2026-03-02, filed"), "the status does not repeat the filing");
        assertTrue(english.contains("International application (PCT), planned"), english);
        String bilingual = draftRead.text().replaceAll("\\s+", " ");
        assertTrue(bilingual.contains("於2026-03-02提交"), "the filing line in Traditional Chinese too");
        assertTrue(bilingual.contains("計劃申請"), "the status in Traditional Chinese too");
    }

    @Test
    void anIssuedAgreementHasNeitherStampNorWarnings() {
        assertFalse(issuedRead.text().contains("DRAFT"));
        assertFalse(issuedRead.text().contains("Points to resolve"));
        assertTrue(issuedRead.text().contains("Issued"));
    }

    @Test
    void numbersEveryPageAndNamesTheAgreementInTheFooter() {
        int total = draftRead.pages().size();
        for (int i = 1; i <= total; i++) {
            String page = draftRead.pages().get(i - 1);
            assertTrue(page.contains("Page " + i + " of " + total), page);
            assertTrue(page.contains("第" + i + "頁，共" + total + "頁"), "page " + i);
            assertTrue(page.contains("Agreement AG-2026-0042, version 1, framework version 1"), "page " + i);
            assertTrue(page.contains("協議AG-2026-0042，第1版，框架第1版"), "page " + i);
        }
    }

    @Test
    void embedsEveryFontAsASubset() {
        for (PdfInspection pdf : List.of(draftRead, issuedRead)) {
            assertFalse(pdf.fontsEmbedded().isEmpty());
            for (Map.Entry<String, Boolean> font : pdf.fontsEmbedded().entrySet()) {
                assertTrue(font.getKey().matches("[A-Z]{6}\\+NotoSansCJK.*"), font.getKey());
                assertTrue(font.getValue(), font.getKey() + " is not embedded");
            }
        }
        assertTrue(draftRead.fontsEmbedded().keySet().stream().anyMatch(n -> n.contains("NotoSansCJKhk")));
        assertTrue(draftRead.fontsEmbedded().keySet().stream().anyMatch(n -> n.contains("NotoSansCJKsc")));
    }

    @Test
    void theSameDocumentGivesTheSameBytes() {
        assertArrayEquals(draftPdf, RENDERER.render(draft));
        assertArrayEquals(
                draftPdf,
                new AgreementRenderer()
                        .render(AgreementSamples.document(
                                AgreementStatus.DRAFT,
                                AgreementSamples.silentOptions(AgreementSamples.sideBySideTraditional()))));
        assertEquals(Instant.parse("2026-11-21T08:30:00Z"), draftRead.created().toInstant());
        assertEquals(draftRead.created().toInstant(), draftRead.modified().toInstant());
        assertEquals("Hetao Registry (OpenPDF 2.0.5)", draftRead.producer());
    }

    @Test
    void aChangedDocumentGivesOtherBytesAndTheSameAgreementIdentifier() {
        AgreementDocument v2 = new AgreementDocument(
                draft.agreementId(),
                2,
                draft.frameworkVersion(),
                draft.status(),
                draft.createdAt(),
                draft.project(),
                draft.asset(),
                draft.parties(),
                draft.owners(),
                draft.inventors(),
                draft.backgroundIp(),
                draft.options(),
                draft.warnings());
        byte[] v2Pdf = RENDERER.render(v2);
        assertFalse(Arrays.equals(draftPdf, v2Pdf));
        PdfInspection read = PdfInspection.of(v2Pdf);
        assertEquals(2, draftRead.fileId().size());
        assertEquals(draftRead.fileId().get(0), read.fileId().get(0));
        assertNotEquals(draftRead.fileId().get(1), read.fileId().get(1));
        assertTrue(read.text().contains("version 2"));
    }

    @Test
    void containsTheClausesTheOptionsCallForAndNoOthers() {
        String issued = issuedRead.text();
        assertTrue(issued.contains("any other Owner may step in and continue at its own cost"));
        assertTrue(issued.contains("confidentiality examination required by Article 19"));
        assertTrue(issued.contains("shall record every assignment, licence and other registrable transaction"));
        assertTrue(issued.contains("Each Owner may itself use the jointly owned Results"));
        assertTrue(issued.contains("at least 60 days before submitting it"));
        assertTrue(issued.contains("Hong Kong International Arbitration Centre"));
        assertTrue(issued.contains("This Agreement is made in English only."));
        assertFalse(issued.contains("各方"));

        String silent = draftRead.text();
        assertFalse(silent.contains("confidentiality examination required by Article 19"));
        assertFalse(silent.contains("shall record every assignment"));
        assertFalse(silent.contains("Each Owner may itself use"));
        assertTrue(silent.contains("Publication may not be delayed in order to file"));
        assertTrue(silent.contains("不得為提出申請而延遲發表"));
        assertTrue(silent.contains("the English version prevails"));
    }

    @Test
    void aSimplifiedChineseAgreementIsInChineseWithAnEnglishDraftStamp() {
        PdfInspection zh = PdfInspection.of(RENDERER.render(AgreementSamples.document(
                AgreementStatus.DRAFT, AgreementSamples.options(LanguageTerms.single(AgreementLanguage.ZH_HANS)))));
        assertTrue(zh.text().contains("本协议仅以简体中文订立"));
        assertTrue(zh.text().contains("共有权属协议"));
        assertFalse(zh.text().contains("This Agreement is made"));
        assertTrue(zh.pages().stream().allMatch(p -> p.contains("DRAFT") && p.contains("草稿")));
        assertTrue(zh.pages().get(0).contains("第1页，共" + zh.pages().size() + "页"));
    }

    @Test
    void clauseByClausePutsEachChineseParagraphAfterItsEnglishOne() {
        String text = PdfInspection.of(RENDERER.render(AgreementSamples.document(
                        AgreementStatus.ISSUED,
                        AgreementSamples.options(LanguageTerms.bilingual(
                                AgreementLanguage.EN_ZH_HANS, BilingualLayout.CLAUSE_BY_CLAUSE, Script.ZH_HANS)))))
                .text();
        int en1 = text.indexOf("\"IP\" means patents");
        int zh1 = text.indexOf("“知识产权”指");
        int en2 = text.indexOf("\"Background IP\" means");
        assertTrue(en1 >= 0 && en1 < zh1 && zh1 < en2, en1 + " " + zh1 + " " + en2);
        assertTrue(text.contains("以简体中文文本为准"));
    }
}
