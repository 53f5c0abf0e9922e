package org.hetao.registry.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hetao.registry.common.LocalizedText;
import org.hetao.registry.institution.Jurisdiction;
import org.hetao.registry.ipasset.AssetType;

/** A three-party Hong Kong–Shenzhen sample agreement and variations of it; the enterprise and people are fictional. */
public final class AgreementSamples {
    public static final Instant CREATED = Instant.parse("2026-11-21T08:30:00Z");

    private AgreementSamples() {}

    public static Party hkust() {
        return new Party(
                "HKUST",
                new LocalizedText("The Hong Kong University of Science and Technology", "香港科技大學", "香港科技大学"),
                Jurisdiction.HK,
                "Prof. Chan Siu Ming",
                "Vice-President for Research and Development");
    }

    public static Party sustech() {
        return new Party(
                "SUSTech",
                new LocalizedText("Southern University of Science and Technology", "南方科技大學", "南方科技大学"),
                Jurisdiction.MAINLAND,
                "Prof. Zhang Wei",
                "Vice-President");
    }

    public static Party enterprise() {
        return new Party(
                "QHBS",
                new LocalizedText("Qianhai Biosensing Technology Co., Ltd.", "前海生物傳感科技有限公司", "前海生物传感科技有限公司"),
                Jurisdiction.MAINLAND,
                "Liu Yang",
                "General Manager");
    }

    public static List<Party> parties() {
        return List.of(hkust(), sustech(), enterprise());
    }

    public static List<PartyShare> owners() {
        return List.of(new PartyShare("HKUST", 3334), new PartyShare("SUSTech", 3333), new PartyShare("QHBS", 3333));
    }

    public static List<Inventor> inventors() {
        return List.of(
                new Inventor("Chan Tai Man", "HKUST", 4000, ContributionPlace.HONG_KONG),
                new Inventor("Li Ming", "SUSTech", 3500, ContributionPlace.MAINLAND),
                new Inventor("Wang Fang", "QHBS", 2500, ContributionPlace.MAINLAND));
    }

    public static IpAssetSummary asset() {
        return new IpAssetSummary(
                new LocalizedText("Microfluidic sweat lactate sensor", "微流控汗液乳酸傳感器", "微流控汗液乳酸传感器"),
                AssetType.PATENT_APPLICATION,
                List.of(
                        new Filing(FilingJurisdiction.CN, "CN202610123456.7", LocalDate.parse("2026-03-02"), "filed"),
                        new Filing(FilingJurisdiction.PCT, null, null, "planned")));
    }

    public static ProjectSummary project() {
        return new ProjectSummary(
                "HT-2026-017",
                new LocalizedText(
                        "Wearable sweat sensors for early sepsis detection",
                        "用於早期敗血症檢測的可穿戴汗液傳感器",
                        "用于早期败血症检测的可穿戴汗液传感器"));
    }

    public static List<BackgroundIp> backgroundIp() {
        return List.of(
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
    }

    public static ProsecutionTerms prosecution() {
        return new ProsecutionTerms(
                List.of(
                        new FilingAssignment(FilingJurisdiction.CN, "SUSTech"),
                        new FilingAssignment(FilingJurisdiction.PCT, "HKUST"),
                        new FilingAssignment(FilingJurisdiction.HK, "HKUST")),
                Split.byShares(),
                true,
                60);
    }

    /** Everything stated: no warnings for the sample parties. */
    public static AgreementOptions options(LanguageTerms language) {
        return new AgreementOptions(
                OwnershipTerms.jointShares(),
                ExploitationTerms.freeUseAndNonExclusiveLicences(),
                prosecution(),
                new PublicationTerms(60, true, 90),
                GoverningLaw.HONG_KONG,
                new DisputeResolution(ArbitrationInstitution.HKIAC, SeatCity.HONG_KONG, 3, ArbitrationLanguage.ENGLISH),
                "HKUST",
                true,
                language);
    }

    public static LanguageTerms sideBySideTraditional() {
        return LanguageTerms.bilingual(AgreementLanguage.EN_ZH_HANT, BilingualLayout.SIDE_BY_SIDE, Script.EN);
    }

    /** Silent on exploitation consent, no recording party, no examination clause: three warnings. */
    public static AgreementOptions silentOptions(LanguageTerms language) {
        return new AgreementOptions(
                OwnershipTerms.jointShares(),
                ExploitationTerms.silent(),
                prosecution(),
                new PublicationTerms(30, false, 0),
                GoverningLaw.HONG_KONG,
                new DisputeResolution(ArbitrationInstitution.HKIAC, SeatCity.HONG_KONG, 1, ArbitrationLanguage.ENGLISH),
                null,
                false,
                language);
    }

    public static AgreementDocument document(AgreementStatus status, AgreementOptions options) {
        Framework fw = FrameworkLoader.current();
        List<AgreementWarning> warnings = AgreementWarnings.of(fw, parties(), inventors(), asset(), options);
        return new AgreementDocument(
                "AG-2026-0042",
                1,
                fw.version(),
                status,
                CREATED,
                project(),
                asset(),
                parties(),
                owners(),
                inventors(),
                backgroundIp(),
                options,
                warnings);
    }

    public static AgreementDocument draft() {
        return document(AgreementStatus.DRAFT, options(sideBySideTraditional()));
    }
}
