package org.hetao.registry.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hetao.registry.project.FundingDetails;

/**
 * Funding lines of demo projects: Hong Kong funders pay in HKD, Mainland funders in CNY, the zone's
 * matching grants in the lead's currency. Funders and programmes are named generically; award ids
 * are invented and start with {@code DEMO-}.
 */
final class DemoFunding {
    private record Scheme(String funder, String programme, String code) {}

    private static final String ITC = "Innovation and Technology Commission (ITC)";
    private static final String RGC = "Research Grants Council (RGC)";
    private static final String SZSTI = "Shenzhen Science and Technology Innovation Commission";
    private static final String NSFC = "National Natural Science Foundation of China (NSFC)";
    private static final String GDSTC = "Department of Science and Technology of Guangdong Province";
    private static final String HETAO = "Hetao Shenzhen-Hong Kong Science and Technology Innovation Cooperation Zone";

    private static final List<Scheme> HONG_KONG = List.of(
            new Scheme(
                    ITC, "Innovation and Technology Fund (ITF) - Innovation and Technology Support Programme", "ITS"),
            new Scheme(ITC, "Innovation and Technology Fund (ITF) - Mainland-Hong Kong Joint Funding Scheme", "MHP"),
            new Scheme(RGC, "Collaborative Research Fund", "CRF"),
            new Scheme(RGC, "Theme-based Research Scheme", "TRS"),
            new Scheme(RGC, "General Research Fund", "GRF"));
    private static final List<Scheme> MAINLAND = List.of(
            new Scheme(SZSTI, "Shenzhen-Hong Kong-Macao Science and Technology Programme", "SGDX"),
            new Scheme(SZSTI, "Basic Research Programme", "JCYJ"),
            new Scheme(NSFC, "NSFC/RGC Joint Research Scheme", "NSFC-RGC"),
            new Scheme(NSFC, "General Program", "NSFC"),
            new Scheme(GDSTC, "Guangdong Basic and Applied Basic Research Foundation", "GDJC"),
            new Scheme(GDSTC, "Guangdong-Hong Kong-Macao Joint Laboratory Programme", "GDLAB"));
    private static final List<Scheme> MATCHING = List.of(
            new Scheme(HETAO, "Hetao matching grant for basic research", "HT-MB"),
            new Scheme(HETAO, "Hetao matching grant for technology transformation", "HT-MT"));

    private final DemoDice dice;

    DemoFunding(DemoDice dice) {
        this.dice = dice;
    }

    /** One to three lines: the lead's side, often the other side, sometimes a Hetao matching grant. */
    List<FundingDetails> lines(boolean hongKongLead, int year) {
        List<FundingDetails> lines = new ArrayList<>();
        lines.add(line(dice.pick(hongKongLead ? HONG_KONG : MAINLAND), hongKongLead, year));
        if (dice.chance(0.7)) {
            lines.add(line(dice.pick(hongKongLead ? MAINLAND : HONG_KONG), !hongKongLead, year));
        }
        if (dice.chance(0.35)) {
            lines.add(line(dice.pick(MATCHING), hongKongLead, year));
        }
        return lines;
    }

    private FundingDetails line(Scheme scheme, boolean hkd, int year) {
        long thousands = hkd ? dice.between(500, 12_000) : dice.between(300, 8_000);
        String award =
                "DEMO-" + scheme.code() + "-" + year + "-" + String.format(Locale.ROOT, "%04d", dice.between(1, 9999));
        return new FundingDetails(
                scheme.funder(),
                scheme.programme(),
                award,
                BigDecimal.valueOf(thousands * 1000).setScale(2),
                hkd ? "HKD" : "CNY");
    }
}
