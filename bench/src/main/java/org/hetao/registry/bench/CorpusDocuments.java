package org.hetao.registry.bench;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hetao.registry.common.Confidentiality;
import org.hetao.registry.institution.InstitutionDetails;
import org.hetao.registry.ipasset.FilingDetails;
import org.hetao.registry.lucene.DocType;
import org.hetao.registry.lucene.Facet;
import org.hetao.registry.lucene.Language;
import org.hetao.registry.lucene.LocalizedText;
import org.hetao.registry.lucene.SearchDocument;
import org.hetao.registry.lucene.Visibility;
import org.hetao.registry.project.ParticipantDetails;

/**
 * Search documents for the corpus, following the registry's indexing rules: titles, a project's
 * abstract, codes and participants' short names are public text; keywords and asset abstracts are
 * internal; facets are sector, jurisdiction, institution, status, licensing, readiness and year.
 */
public final class CorpusDocuments {
    private final List<InstitutionDetails> institutions;

    public CorpusDocuments(List<InstitutionDetails> institutions) {
        this.institutions = institutions;
    }

    public SearchDocument project(Corpus.Project p) {
        var d = p.details();
        Set<String> ids = new LinkedHashSet<>();
        ids.add(d.code());
        List<InstitutionDetails> parts = participants(d.participants());
        parts.forEach(i -> ids.add(i.shortName()));
        return SearchDocument.builder(DocType.PROJECT, p.number())
                .visibility(visibility(d.confidentiality()))
                .investorVisible(d.confidentiality() == Confidentiality.PUBLIC)
                .parties(d.participants().stream()
                        .map(ParticipantDetails::institutionId)
                        .toList())
                .title(text(d.title()))
                .summary(text(d.abstractText()))
                .publicIdentifiers(ids)
                .keywords(d.keywords())
                .facet(Facet.SECTOR, d.sectors().stream().map(Enum::name).toList())
                .facet(
                        Facet.JURISDICTION,
                        parts.stream().map(i -> i.jurisdiction().name()).toList())
                .facet(
                        Facet.INSTITUTION,
                        parts.stream().map(InstitutionDetails::shortName).toList())
                .status(d.status().name())
                .year(d.startDate().getYear())
                .sortDate(d.startDate())
                .build();
    }

    public SearchDocument asset(Corpus.Project p, Corpus.Asset a) {
        var d = a.details();
        var pd = p.details();
        Visibility v = stricter(visibility(d.confidentiality()), visibility(pd.confidentiality()));
        boolean investor = v == Visibility.PUBLIC && d.licensing().isAvailable();
        Set<String> ids = new LinkedHashSet<>();
        for (FilingDetails f : d.filings()) {
            if (f.applicationNumber() != null) {
                ids.add(f.applicationNumber());
            }
        }
        List<InstitutionDetails> parts = participants(pd.participants());
        return SearchDocument.builder(DocType.IP_ASSET, a.number())
                .visibility(v)
                .investorVisible(investor)
                .parties(pd.participants().stream()
                        .map(ParticipantDetails::institutionId)
                        .toList())
                .title(text(d.title()))
                .summary(d.publicSummary() == null ? null : text(d.publicSummary()))
                .publicIdentifiers(ids)
                .abstractText(text(d.abstractText()))
                .facet(Facet.SECTOR, pd.sectors().stream().map(Enum::name).toList())
                .facet(
                        Facet.JURISDICTION,
                        parts.stream().map(i -> i.jurisdiction().name()).toList())
                .facet(
                        Facet.INSTITUTION,
                        parts.stream().map(InstitutionDetails::shortName).toList())
                .licensing(d.licensing().name())
                .readinessLevel(d.readinessLevel() == null ? 1 : d.readinessLevel())
                .year(pd.startDate().getYear())
                .sortDate(pd.startDate())
                .build();
    }

    private List<InstitutionDetails> participants(List<ParticipantDetails> participants) {
        return participants.stream()
                .map(x -> institutions.get((int) (long) x.institutionId() - 1))
                .toList();
    }

    static LocalizedText text(org.hetao.registry.common.LocalizedText t) {
        if (t == null) {
            return null;
        }
        java.util.Map<Language, String> m = new java.util.EnumMap<>(Language.class);
        m.put(Language.EN, t.en());
        m.put(Language.ZH_HANT, t.zhHant());
        m.put(Language.ZH_HANS, t.zhHans());
        return new LocalizedText(m);
    }

    static Visibility visibility(Confidentiality c) {
        return switch (c) {
            case PUBLIC -> Visibility.PUBLIC;
            case CONSORTIUM -> Visibility.CONSORTIUM;
            case CONFIDENTIAL -> Visibility.CONFIDENTIAL;
        };
    }

    private static Visibility stricter(Visibility a, Visibility b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
