package org.hetao.registry.lucene;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the index holds about one registry record. Built by the caller from the entity it has just
 * re-read; the index never decides visibility on its own.
 *
 * @param type the kind of record
 * @param id the record's id, unique within its type
 * @param visibility how widely the record may be seen
 * @param partyInstitutionIds the institutions that take part in or own the record; members of
 *     these see it even when it is not public
 * @param investorVisible whether investors may find it: only a PUBLIC record that is published as
 *     licensable (decided by the caller)
 * @param publicText title, public summary and disclosable identifiers
 * @param internalText abstract, keywords, other text and internal identifiers
 * @param facets facet values; {@link Facet#TYPE} is always the record's type
 * @param sortDate the date "newest first" sorts by, or null
 */
public record SearchDocument(
        DocType type,
        long id,
        Visibility visibility,
        Set<Long> partyInstitutionIds,
        boolean investorVisible,
        PublicText publicText,
        InternalText internalText,
        Map<Facet, Set<String>> facets,
        LocalDate sortDate) {

    public SearchDocument {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(visibility, "visibility");
        partyInstitutionIds = Set.copyOf(partyInstitutionIds == null ? Set.of() : partyInstitutionIds);
        publicText = publicText == null ? PublicText.empty() : publicText;
        internalText = internalText == null ? InternalText.empty() : internalText;
        if (investorVisible && visibility != Visibility.PUBLIC) {
            throw new IllegalArgumentException(
                    "only a PUBLIC record may be investor-visible: " + type.urlName() + " " + id);
        }
        EnumMap<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        if (facets != null) {
            facets.forEach((facet, values) -> {
                Set<String> clean = Identifiers.clean(values);
                if (!clean.isEmpty()) {
                    copy.put(facet, clean);
                }
            });
        }
        copy.put(Facet.TYPE, Set.of(type.urlName()));
        copy.forEach((facet, values) -> {
            if (!facet.multiValued() && values.size() > 1) {
                throw new IllegalArgumentException("facet " + facet.dimension() + " takes one value");
            }
        });
        facets = Collections.unmodifiableMap(copy);
    }

    /** The values of one facet (empty if none). */
    public Set<String> facetValues(Facet facet) {
        return facets.getOrDefault(facet, Set.of());
    }

    public static Builder builder(DocType type, long id) {
        return new Builder(type, id);
    }

    /** Builds a {@link SearchDocument}; everything except type and id is optional. */
    public static final class Builder {
        private final DocType type;
        private final long id;
        private Visibility visibility = Visibility.CONFIDENTIAL;
        private final Set<Long> parties = new LinkedHashSet<>();
        private boolean investorVisible;
        private LocalizedText title;
        private LocalizedText summary;
        private final Set<String> publicIdentifiers = new LinkedHashSet<>();
        private final Set<String> aliases = new LinkedHashSet<>();
        private LocalizedText abstractText;
        private List<String> keywords = List.of();
        private LocalizedText otherText;
        private final Set<String> internalIdentifiers = new LinkedHashSet<>();
        private final EnumMap<Facet, Set<String>> facets = new EnumMap<>(Facet.class);
        private LocalDate sortDate;

        private Builder(DocType type, long id) {
            this.type = type;
            this.id = id;
        }

        /** Defaults to CONFIDENTIAL, so a forgotten call hides rather than exposes. */
        public Builder visibility(Visibility visibility) {
            this.visibility = visibility;
            return this;
        }

        public Builder parties(Collection<Long> institutionIds) {
            parties.addAll(institutionIds);
            return this;
        }

        public Builder investorVisible(boolean investorVisible) {
            this.investorVisible = investorVisible;
            return this;
        }

        public Builder title(LocalizedText title) {
            this.title = title;
            return this;
        }

        public Builder summary(LocalizedText summary) {
            this.summary = summary;
            return this;
        }

        public Builder publicIdentifiers(Collection<String> identifiers) {
            publicIdentifiers.addAll(identifiers);
            return this;
        }

        /** Everyday names of the record's institutions (港大, PolyU): public, matched as words. */
        public Builder aliases(Collection<String> names) {
            aliases.addAll(names);
            return this;
        }

        public Builder abstractText(LocalizedText abstractText) {
            this.abstractText = abstractText;
            return this;
        }

        public Builder keywords(List<String> keywords) {
            this.keywords = keywords;
            return this;
        }

        public Builder otherText(LocalizedText otherText) {
            this.otherText = otherText;
            return this;
        }

        public Builder internalIdentifiers(Collection<String> identifiers) {
            internalIdentifiers.addAll(identifiers);
            return this;
        }

        /** Adds values to a facet (TYPE is set from the type and cannot be changed). */
        public Builder facet(Facet facet, Collection<String> values) {
            facets.computeIfAbsent(facet, f -> new LinkedHashSet<>()).addAll(values);
            return this;
        }

        public Builder sectors(String... sectors) {
            return facet(Facet.SECTOR, List.of(sectors));
        }

        public Builder jurisdictions(String... jurisdictions) {
            return facet(Facet.JURISDICTION, List.of(jurisdictions));
        }

        public Builder institutions(String... institutions) {
            return facet(Facet.INSTITUTION, List.of(institutions));
        }

        public Builder status(String status) {
            return facet(Facet.STATUS, List.of(status));
        }

        public Builder licensing(String licensing) {
            return facet(Facet.LICENSING, List.of(licensing));
        }

        /** Technology readiness level, 1 to 9. */
        public Builder readinessLevel(int level) {
            if (level < 1 || level > 9) {
                throw new IllegalArgumentException("readiness level must be 1..9: " + level);
            }
            return facet(Facet.READINESS, List.of(Integer.toString(level)));
        }

        public Builder year(int year) {
            return facet(Facet.YEAR, List.of(Integer.toString(year)));
        }

        public Builder sortDate(LocalDate sortDate) {
            this.sortDate = sortDate;
            return this;
        }

        public SearchDocument build() {
            facets.remove(Facet.TYPE);
            return new SearchDocument(
                    type,
                    id,
                    visibility,
                    parties,
                    investorVisible,
                    new PublicText(title, summary, publicIdentifiers, aliases),
                    new InternalText(abstractText, keywords, otherText, internalIdentifiers),
                    facets,
                    sortDate);
        }
    }
}
