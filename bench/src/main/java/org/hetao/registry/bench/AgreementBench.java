package org.hetao.registry.bench;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hetao.registry.agreement.AgreementDocument;
import org.hetao.registry.agreement.AgreementLanguage;
import org.hetao.registry.agreement.AgreementOptions;
import org.hetao.registry.agreement.AgreementStatus;
import org.hetao.registry.agreement.AgreementWarnings;
import org.hetao.registry.agreement.ArbitrationInstitution;
import org.hetao.registry.agreement.ArbitrationLanguage;
import org.hetao.registry.agreement.BackgroundAccess;
import org.hetao.registry.agreement.BackgroundIp;
import org.hetao.registry.agreement.BilingualLayout;
import org.hetao.registry.agreement.ContributionPlace;
import org.hetao.registry.agreement.DisputeResolution;
import org.hetao.registry.agreement.ExploitationTerms;
import org.hetao.registry.agreement.Filing;
import org.hetao.registry.agreement.FilingAssignment;
import org.hetao.registry.agreement.FilingJurisdiction;
import org.hetao.registry.agreement.Framework;
import org.hetao.registry.agreement.FrameworkLoader;
import org.hetao.registry.agreement.GoverningLaw;
import org.hetao.registry.agreement.Inventor;
import org.hetao.registry.agreement.IpAssetSummary;
import org.hetao.registry.agreement.LanguageTerms;
import org.hetao.registry.agreement.OwnershipTerms;
import org.hetao.registry.agreement.Party;
import org.hetao.registry.agreement.PartyShare;
import org.hetao.registry.agreement.ProjectSummary;
import org.hetao.registry.agreement.ProsecutionTerms;
import org.hetao.registry.agreement.PublicationTerms;
import org.hetao.registry.agreement.Script;
import org.hetao.registry.agreement.SeatCity;
import org.hetao.registry.agreement.Split;
import org.hetao.registry.agreement.pdf.AgreementRenderer;
import org.hetao.registry.common.LocalizedText;
import org.hetao.registry.institution.Jurisdiction;
import org.hetao.registry.ipasset.AssetType;

/**
 * Scenario 5: warm rendering of a three-party joint-ownership agreement, English + Traditional
 * Chinese side by side, against the same agreement in English only (the cost of CJK text) and
 * against a plain OpenPDF document with as many pages and no application logic.
 */
public final class AgreementBench {
    private AgreementBench() {}

    public static Report run(Options o) throws Exception {
        AgreementRenderer renderer = new AgreementRenderer();
        AgreementDocument bilingual = document(
                LanguageTerms.bilingual(AgreementLanguage.EN_ZH_HANT, BilingualLayout.SIDE_BY_SIDE, Script.EN));
        AgreementDocument english = document(LanguageTerms.single(AgreementLanguage.EN));
        byte[] bi = renderer.render(bilingual);
        byte[] en = renderer.render(english);
        int pages = new PdfReader(bi).getNumberOfPages();
        byte[] plain = plain(pages);
        int warm = o.quick() ? 2 : 30;
        int n = o.quick() ? 5 : 100;
        Latencies.warm(warm, i -> renderer.render(bilingual));
        Latencies.warm(warm, i -> renderer.render(english));
        Latencies.warm(warm, i -> plain(pages));
        Latencies lp = Latencies.measure(n, i -> plain(pages));
        Latencies le = Latencies.measure(n, i -> renderer.render(english));
        Latencies lb = Latencies.measure(n, i -> renderer.render(bilingual));
        return new Report("agreements", o.scale())
                .baseline("plain OpenPDF, " + pages + " pages, Helvetica", lp)
                .row("agreement, English only", le)
                .row("agreement, English + Traditional Chinese side by side", lb)
                .figure(
                        "pages (bilingual / English / plain)",
                        pages + " / " + new PdfReader(en).getNumberOfPages() + " / "
                                + new PdfReader(plain).getNumberOfPages())
                .figure("PDF bytes (bilingual / English / plain)", bi.length + " / " + en.length + " / " + plain.length)
                .figure(
                        "CJK cost ratio (bilingual p50 / English p50)",
                        String.format(java.util.Locale.ROOT, "%.2fx", lb.ms(50) / le.ms(50)))
                .figure("bilingual agreements per second (one thread)", Report.f(lb.throughput()));
    }

    /** A document of {@code pages} A4 pages of English paragraphs, no fonts embedded. */
    static byte[] plain(int pages) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document d = new Document(PageSize.A4, 56, 56, 64, 64);
        PdfWriter w = PdfWriter.getInstance(d, out);
        d.open();
        Font font = new Font(Font.HELVETICA, 10);
        int n = 0;
        while (w.getPageNumber() < pages || n == 0) {
            d.add(new Paragraph(
                    (++n) + ". Each party owns the foreground IP in the shares recorded in the schedule, "
                            + "and may use it for research and teaching without the consent of the others; any licence to a third "
                            + "party requires the written consent of every owner, which shall not be unreasonably withheld.",
                    font));
        }
        d.close();
        return out.toByteArray();
    }

    static AgreementDocument document(LanguageTerms language) {
        Party hk = new Party(
                "HKUST",
                new LocalizedText("The Hong Kong University of Science and Technology", "香港科技大學", "香港科技大学"),
                Jurisdiction.HK,
                "Prof. Chan Siu Ming",
                "Vice-President for Research and Development");
        Party sz = new Party(
                "SUSTech",
                new LocalizedText("Southern University of Science and Technology", "南方科技大學", "南方科技大学"),
                Jurisdiction.MAINLAND,
                "Prof. Zhang Wei",
                "Vice-President");
        Party co = new Party(
                "QHBS",
                new LocalizedText("Qianhai Biosensing Technology Co., Ltd.", "前海生物傳感科技有限公司", "前海生物传感科技有限公司"),
                Jurisdiction.MAINLAND,
                "Liu Yang",
                "General Manager");
        List<Party> parties = List.of(hk, sz, co);
        List<PartyShare> owners =
                List.of(new PartyShare("HKUST", 3334), new PartyShare("SUSTech", 3333), new PartyShare("QHBS", 3333));
        List<Inventor> inventors = List.of(
                new Inventor("Chan Tai Man", "HKUST", 4000, ContributionPlace.HONG_KONG),
                new Inventor("Li Ming", "SUSTech", 3500, ContributionPlace.MAINLAND),
                new Inventor("Wang Fang", "QHBS", 2500, ContributionPlace.MAINLAND));
        IpAssetSummary asset = new IpAssetSummary(
                new LocalizedText("Microfluidic sweat lactate sensor", "微流控汗液乳酸傳感器", "微流控汗液乳酸传感器"),
                AssetType.PATENT_APPLICATION,
                List.of(
                        new Filing(FilingJurisdiction.CN, "CN202610123456.7", LocalDate.parse("2026-03-02"), "pending"),
                        new Filing(FilingJurisdiction.PCT, null, null, "planned")));
        ProjectSummary project = new ProjectSummary(
                "HT-2026-017",
                new LocalizedText(
                        "Wearable sweat sensors for early sepsis detection",
                        "用於早期敗血症檢測的可穿戴汗液傳感器",
                        "用于早期败血症检测的可穿戴汗液传感器"));
        List<BackgroundIp> background = List.of(
                new BackgroundIp(
                        "HKUST",
                        new LocalizedText(
                                "Sweat-sampling microfluidic chip design and its fabrication process",
                                "汗液採樣微流控晶片設計及其製造工藝",
                                "汗液采样微流控芯片设计及其制造工艺"),
                        BackgroundAccess.PROJECT_ONLY),
                new BackgroundIp(
                        "SUSTech",
                        new LocalizedText("Lactate oxidase electrode coating method", "乳酸氧化酶電極塗層方法", "乳酸氧化酶电极涂层方法"),
                        BackgroundAccess.PROJECT_AND_EXPLOITATION));
        ProsecutionTerms prosecution = new ProsecutionTerms(
                List.of(
                        new FilingAssignment(FilingJurisdiction.CN, "SUSTech"),
                        new FilingAssignment(FilingJurisdiction.PCT, "HKUST"),
                        new FilingAssignment(FilingJurisdiction.HK, "HKUST")),
                Split.byShares(),
                true,
                60);
        AgreementOptions options = new AgreementOptions(
                OwnershipTerms.jointShares(),
                ExploitationTerms.freeUseAndNonExclusiveLicences(),
                prosecution,
                new PublicationTerms(60, true, 90),
                GoverningLaw.HONG_KONG,
                new DisputeResolution(ArbitrationInstitution.HKIAC, SeatCity.HONG_KONG, 3, ArbitrationLanguage.ENGLISH),
                "HKUST",
                true,
                language);
        Framework fw = FrameworkLoader.current();
        return new AgreementDocument(
                "AG-2026-0042",
                1,
                fw.version(),
                AgreementStatus.DRAFT,
                Instant.parse("2026-11-21T08:30:00Z"),
                project,
                asset,
                parties,
                owners,
                inventors,
                background,
                options,
                AgreementWarnings.of(fw, parties, inventors, asset, options));
    }
}
