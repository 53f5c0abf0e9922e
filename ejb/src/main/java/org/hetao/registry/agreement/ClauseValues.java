package org.hetao.registry.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hetao.registry.common.BasisPoints;
import org.hetao.registry.common.LocalizedText;

/** The values an agreement's options give to the placeholders of the framework's texts, in each script. */
final class ClauseValues {
    private ClauseValues() {}

    static Map<String, LocalizedText> of(Framework fw, AgreementDocument doc) {
        AgreementOptions o = doc.options();
        Map<String, LocalizedText> v = new HashMap<>();
        v.put("projectCode", Placeholders.same(doc.project().code()));
        v.put("projectTitle", doc.project().title());
        v.put("assetTitle", doc.asset().title());
        v.put("assetType", fw.label("assetType." + doc.asset().type()));
        v.put("frameworkVersion", Placeholders.same(doc.frameworkVersion()));
        if (o.ownership().leadParty() != null) {
            v.put("leadParty", doc.party(o.ownership().leadParty()).legalName());
        }
        v.put("costShares", shareList(fw, doc, effective(o.prosecution().costSplit(), doc)));
        v.put("revenueShares", shareList(fw, doc, effective(o.exploitation().revenueSharing(), doc)));
        v.put("abandonmentNoticeDays", Placeholders.same(o.prosecution().abandonmentNoticeDays()));
        v.put("noticeDays", Placeholders.same(o.publication().noticeDays()));
        v.put("maxDelayDays", Placeholders.same(o.publication().maxDelayDays()));
        if (o.recordingParty() != null) {
            v.put("recordingParty", doc.party(o.recordingParty()).legalName());
        }
        DisputeResolution d = o.disputeResolution();
        v.put("seat", fw.label("seat." + d.seat()));
        v.put("seatLaw", fw.label("seatLaw." + d.seat()));
        v.put("arbitrators", fw.label("arbitrators." + d.arbitrators()));
        v.put("arbitrationLanguage", fw.label("arbitrationLanguage." + d.language()));
        LanguageTerms lang = o.language();
        v.put("language", fw.label("script." + lang.language().scripts().get(0)));
        v.put("languages", joined(fw, lang.language().scripts(), s -> fw.label("script." + s), "and"));
        v.put("prevailing", fw.label("script." + lang.prevailing()));
        return v;
    }

    /** The shares a split stands for: the owners' shares when it follows them. */
    private static List<PartyShare> effective(Split split, AgreementDocument doc) {
        return split.basis() == Split.Basis.STATED ? split.stated() : doc.owners();
    }

    /** "Party A: 60.00 %; Party B: 40.00 %" in each script. */
    static LocalizedText shareList(Framework fw, AgreementDocument doc, List<PartyShare> shares) {
        return joined(
                fw,
                shares,
                s -> Placeholders.fill(
                        fw.label("shareItem"),
                        Map.of(
                                "party", doc.party(s.party()).legalName(),
                                "share", Placeholders.same(BasisPoints.percent(s.basisPoints())))),
                "listSeparator");
    }

    /** Items joined, in each script, with the framework's separator label. */
    static <T> LocalizedText joined(
            Framework fw, List<T> items, Function<T, LocalizedText> text, String separatorLabel) {
        LocalizedText sep = fw.label(separatorLabel);
        List<String> en = new ArrayList<>();
        List<String> hant = new ArrayList<>();
        List<String> hans = new ArrayList<>();
        for (T item : items) {
            LocalizedText t = text.apply(item);
            en.add(Script.EN.pick(t));
            hant.add(Script.ZH_HANT.pick(t));
            hans.add(Script.ZH_HANS.pick(t));
        }
        return new LocalizedText(
                String.join(sep.en(), en), String.join(sep.zhHant(), hant), String.join(sep.zhHans(), hans));
    }
}
