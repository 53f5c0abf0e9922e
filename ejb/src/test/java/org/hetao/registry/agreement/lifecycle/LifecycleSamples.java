package org.hetao.registry.agreement.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hetao.registry.agreement.AgreementLanguage;
import org.hetao.registry.agreement.AgreementOptions;
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
import org.hetao.registry.common.LocalizedText;
import org.hetao.registry.institution.Jurisdiction;
import org.hetao.registry.ipasset.AssetType;

/** A fictional two-party agreement's content and options, and drafts made of them. */
final class LifecycleSamples {
    static final Instant DRAFTED = Instant.parse("2026-12-01T09:15:42.123456789Z");

    private LifecycleSamples() {}

    static AgreementContent content() {
        return new AgreementContent(
                new ProjectSummary(
                        "HT-2026-0001", new LocalizedText("Soft grippers for wet labs", "濕實驗室軟夾爪", "湿实验室软夹爪")),
                new IpAssetSummary(
                        new LocalizedText("Soft gripper", "軟夾爪", "软夹爪"),
                        AssetType.PATENT_APPLICATION,
                        List.of(new Filing(
                                FilingJurisdiction.CN, "CN202610000001.1", LocalDate.parse("2026-02-01"), "filed"))),
                List.of(
                        new Party(
                                "HKUST",
                                new LocalizedText(
                                        "The Hong Kong University of Science and Technology", "香港科技大學", "香港科技大学"),
                                Jurisdiction.HK,
                                "Prof. Chan",
                                "Vice-President"),
                        new Party(
                                "SUSTech",
                                new LocalizedText("Southern University of Science and Technology", "南方科技大學", "南方科技大学"),
                                Jurisdiction.MAINLAND,
                                "Prof. Zhang",
                                "Vice-President")),
                List.of(new PartyShare("HKUST", 6667), new PartyShare("SUSTech", 3333)),
                List.of(new Inventor("Lee Ka Yan 李家欣", "HKUST", 10000, ContributionPlace.HONG_KONG)),
                List.of(new BackgroundIp(
                        "SUSTech",
                        new LocalizedText("Electrode coating", "電極塗層", "电极涂层"),
                        BackgroundAccess.PROJECT_ONLY)));
    }

    static AgreementOptions options() {
        return new AgreementOptions(
                OwnershipTerms.jointShares(),
                ExploitationTerms.silent(),
                new ProsecutionTerms(
                        List.of(new FilingAssignment(FilingJurisdiction.CN, "SUSTech")),
                        Split.stated(new PartyShare("HKUST", 5000), new PartyShare("SUSTech", 5000)),
                        true,
                        60),
                new PublicationTerms(60, true, 90),
                GoverningLaw.HONG_KONG,
                new DisputeResolution(ArbitrationInstitution.HKIAC, SeatCity.HONG_KONG, 3, ArbitrationLanguage.ENGLISH),
                null,
                false,
                LanguageTerms.bilingual(AgreementLanguage.EN_ZH_HANT, BilingualLayout.SIDE_BY_SIDE, Script.EN));
    }

    static DraftedRevision drafted(long assetId, int ownershipVersion, List<AgreementParty> parties) {
        return new DraftedRevision(
                assetId,
                ownershipVersion,
                1,
                AgreementLanguage.EN_ZH_HANT,
                AgreementJson.write(options()),
                AgreementJson.write(content()),
                parties,
                "legal",
                DRAFTED);
    }

    static Agreement draft() {
        return Agreement.draft(
                drafted(1000, 1, List.of(new AgreementParty(1, "HKUST"), new AgreementParty(2, "SUSTech"))));
    }

    static String contentJson() {
        return AgreementJson.write(content());
    }

    static String sha(char c) {
        return String.valueOf(c).repeat(64);
    }
}
