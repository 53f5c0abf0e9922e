package org.hetao.registry.indexing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hetao.registry.access.ReadRule;
import org.hetao.registry.access.ReadScope;
import org.hetao.registry.access.RecordFacts;
import org.hetao.registry.institution.Institution;
import org.hetao.registry.institution.Jurisdiction;
import org.hetao.registry.ipasset.AssetAccess;
import org.hetao.registry.ipasset.Filing;
import org.hetao.registry.ipasset.FilingDetails;
import org.hetao.registry.ipasset.InvestorTexts;
import org.hetao.registry.ipasset.IpAsset;
import org.hetao.registry.lucene.DocType;
import org.hetao.registry.lucene.Facet;
import org.hetao.registry.lucene.Language;
import org.hetao.registry.lucene.LocalizedText;
import org.hetao.registry.lucene.SearchDocument;
import org.hetao.registry.lucene.Visibility;
import org.hetao.registry.person.Person;
import org.hetao.registry.project.Funding;
import org.hetao.registry.project.Participant;
import org.hetao.registry.project.Project;
import org.hetao.registry.project.ProjectAccess;

/**
 * What the search index holds about each kind of record. A project's or an IP asset's audience is
 * written by {@link ReadRule#indexAs} from the same facts the API reads them by ({@link
 * ProjectAccess#facts}, {@link AssetAccess#facts}): its visibility is the record's confidentiality
 * (for an IP asset the stricter of the asset's and its project's), its parties are the institutions
 * whose offices may read it, and it is investor-visible exactly when an investor may read the record. Only text an
 * investor may read through the API goes into the public text: titles, a project's abstract, an
 * asset's public summary, problem solved, advantages and applications (each in all three languages), filing
 * numbers and the participants' short names and everyday names (aliases). Asset abstracts,
 * funding, award ids and keywords are internal; inventors and staff are not indexed at all.
 *
 * <p>Institutions are looked up in {@code institutions} by id; a missing one is skipped.
 */
public final class SearchDocuments {
    private SearchDocuments() {}

    /** An institution: readable by everyone, investors included. */
    public static SearchDocument institution(long id, Institution institution) {
        return SearchDocument.builder(DocType.INSTITUTION, id)
                .visibility(Visibility.PUBLIC)
                .investorVisible(true)
                .parties(Set.of(id))
                .title(text(institution.getName()))
                .publicIdentifiers(present(institution.getShortName(), institution.getRorId()))
                .aliases(institution.getAliases())
                .jurisdictions(institution.getJurisdiction().name())
                .institutions(institution.getShortName())
                .sortDate(date(institution.getCreatedAt()))
                .build();
    }

    /** A person: readable by every role but investors. */
    public static SearchDocument person(long id, Person person, Map<Long, Institution> institutions) {
        Institution home = institutions.get(person.getInstitutionId());
        Language zh = home != null
                        && (home.getJurisdiction() == Jurisdiction.HK || home.getJurisdiction() == Jurisdiction.MACAO)
                ? Language.ZH_HANT
                : Language.ZH_HANS;
        Map<Language, String> names = new EnumMap<>(Language.class);
        names.put(Language.EN, person.getNameEn());
        names.put(zh, person.getNameZh());
        SearchDocument.Builder b = SearchDocument.builder(DocType.PERSON, id)
                .visibility(Visibility.PUBLIC)
                .investorVisible(false)
                .parties(Set.of(person.getInstitutionId()))
                .title(new LocalizedText(names))
                .publicIdentifiers(present(person.getOrcid()))
                .internalIdentifiers(present(person.getEmail()))
                .sortDate(date(person.getCreatedAt()));
        if (home != null) {
            b.institutions(home.getShortName())
                    .jurisdictions(home.getJurisdiction().name());
        }
        return b.build();
    }

    /** A project: investors find the PUBLIC ones by title, abstract, code and participants. */
    public static SearchDocument project(long id, Project project, Map<Long, Institution> institutions) {
        List<Institution> participants = participants(project, institutions);
        List<String> funding = new ArrayList<>();
        List<String> awards = new ArrayList<>();
        for (Funding f : project.getFunding()) {
            funding.add(f.getFunder());
            if (f.getProgramme() != null) {
                funding.add(f.getProgramme());
            }
            if (f.getAwardId() != null) {
                awards.add(f.getAwardId());
            }
        }
        Set<String> publicIds = new LinkedHashSet<>();
        publicIds.add(project.getCode());
        participants.forEach(i -> publicIds.add(i.getShortName()));
        SearchDocument.Builder b = ReadRule.indexAs(
                        SearchDocument.builder(DocType.PROJECT, id), ProjectAccess.facts(project))
                .title(text(project.getTitle()))
                .summary(text(project.getAbstract()))
                .publicIdentifiers(publicIds)
                .aliases(aliases(participants))
                .keywords(project.getKeywords())
                .otherText(funding.isEmpty() ? null : LocalizedText.english(String.join(". ", funding)))
                .internalIdentifiers(awards)
                .facet(
                        Facet.SECTOR,
                        project.getSectors().stream().map(Enum::name).toList())
                .facet(
                        Facet.JURISDICTION,
                        participants.stream()
                                .map(i -> i.getJurisdiction().name())
                                .toList())
                .facet(
                        Facet.INSTITUTION,
                        participants.stream().map(Institution::getShortName).toList())
                .status(project.getStatus().name())
                .year(project.getStartDate().getYear())
                .sortDate(project.getStartDate());
        return b.build();
    }

    /**
     * An IP asset of {@code project}. {@code currentOwners} feed the institution facet (except on an
     * investor-visible asset, whose facet names only the project's participants: ownership is not
     * for investors); {@code everOwners} join the parties, as they do for reading it through the API.
     */
    public static SearchDocument ipAsset(
            long id,
            IpAsset asset,
            Project project,
            Set<Long> currentOwners,
            Set<Long> everOwners,
            Map<Long, Institution> institutions) {
        RecordFacts readers = AssetAccess.facts(project, asset, everOwners);
        boolean investorVisible = ReadRule.permits(ReadScope.INVESTOR, readers);
        Set<String> shortNames = new LinkedHashSet<>();
        List<Institution> participants = participants(project, institutions);
        participants.forEach(i -> shortNames.add(i.getShortName()));
        Set<String> institutionFacet = new LinkedHashSet<>(shortNames);
        if (!investorVisible) {
            currentOwners.stream()
                    .sorted()
                    .map(institutions::get)
                    .filter(Objects::nonNull)
                    .forEach(i -> institutionFacet.add(i.getShortName()));
        }
        Set<String> filingNumbers = new LinkedHashSet<>();
        Set<String> filingJurisdictions = new LinkedHashSet<>();
        for (Filing f : asset.getFilings()) {
            filingNumbers.addAll(present(f.getApplicationNumber(), f.getGrantNumber()));
            filingJurisdictions.add(f.getJurisdiction().name());
        }
        LocalDate date = firstFilingDate(asset).orElse(date(asset.getCreatedAt()));
        SearchDocument.Builder b = ReadRule.indexAs(SearchDocument.builder(DocType.IP_ASSET, id), readers)
                .title(text(asset.getTitle()))
                .summary(summary(asset))
                .publicIdentifiers(filingNumbers)
                .publicIdentifiers(shortNames)
                .aliases(aliases(participants))
                .abstractText(text(asset.getAbstract()))
                .internalIdentifiers(present(project.getCode()))
                .facet(
                        Facet.SECTOR,
                        project.getSectors().stream().map(Enum::name).toList())
                .facet(Facet.JURISDICTION, filingJurisdictions)
                .facet(Facet.INSTITUTION, institutionFacet)
                .licensing(asset.getLicensing().name())
                .readinessLevel(asset.getReadinessLevel())
                .sortDate(date);
        if (date != null) {
            b.year(date.getYear());
        }
        return b.build();
    }

    static LocalizedText text(org.hetao.registry.common.LocalizedText t) {
        Map<Language, String> values = new EnumMap<>(Language.class);
        values.put(Language.EN, t.en());
        values.put(Language.ZH_HANT, t.zhHant());
        values.put(Language.ZH_HANS, t.zhHans());
        return new LocalizedText(values);
    }

    /**
     * The investor-visible description in each language: the public summary, then the problem solved, the
     * advantages and the applications, so that all of them are found and the summary comes first in snippets.
     */
    private static LocalizedText summary(IpAsset asset) {
        InvestorTexts texts = asset.getInvestorTexts();
        List<org.hetao.registry.common.LocalizedText> parts =
                List.of(texts.summary(), texts.problemSolved(), texts.advantages(), texts.applications());
        Map<Language, String> values = new EnumMap<>(Language.class);
        values.put(
                Language.EN,
                joined(parts.stream()
                        .map(org.hetao.registry.common.LocalizedText::en)
                        .toList()));
        values.put(
                Language.ZH_HANT,
                joined(parts.stream()
                        .map(org.hetao.registry.common.LocalizedText::zhHant)
                        .toList()));
        values.put(
                Language.ZH_HANS,
                joined(parts.stream()
                        .map(org.hetao.registry.common.LocalizedText::zhHans)
                        .toList()));
        return new LocalizedText(values);
    }

    private static String joined(List<String> texts) {
        List<String> present = texts.stream().filter(Objects::nonNull).toList();
        return present.isEmpty() ? null : String.join("\n", present);
    }

    /** The everyday names of these institutions, each once. */
    private static Set<String> aliases(List<Institution> institutions) {
        Set<String> aliases = new LinkedHashSet<>();
        institutions.forEach(i -> aliases.addAll(i.getAliases()));
        return aliases;
    }

    private static List<Institution> participants(Project project, Map<Long, Institution> institutions) {
        return project.getParticipants().stream()
                .map(Participant::getInstitutionId)
                .map(institutions::get)
                .filter(Objects::nonNull)
                .toList();
    }

    private static Optional<LocalDate> firstFilingDate(IpAsset asset) {
        return asset.getFilings().stream()
                .map(Filing::details)
                .map(FilingDetails::filingDate)
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder());
    }

    private static LocalDate date(OffsetDateTime time) {
        return time == null ? null : time.toLocalDate();
    }

    private static List<String> present(String... values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                out.add(v);
            }
        }
        return out;
    }
}
