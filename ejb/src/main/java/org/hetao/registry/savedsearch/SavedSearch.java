package org.hetao.registry.savedsearch;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hetao.registry.common.Checks;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;
import org.hetao.registry.common.RegistryRecord;
import org.hetao.registry.lucene.Language;
import org.hetao.registry.lucene.SearchLimits;

/**
 * A search an account saved: its name, query text, type and facet filters (the ones {@code /api/search}
 * takes) and display language; when the owner last looked at its results; and the SHA-256 of the
 * secret of its Atom feed, if it has one; and its e-mail digest (off, daily or weekly) with the time
 * from which records go into the next digest. It belongs to its account alone.
 */
@Entity
@Table(name = "saved_search")
public class SavedSearch extends RegistryRecord {
    public static final String KIND = "saved search";
    /** The filter key under which the record types are kept. */
    public static final String TYPE = "type";

    static final int MAX_FILTERS_LENGTH = 4000;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "query_text", nullable = false, length = 500)
    private String query;

    @Column(nullable = false, length = MAX_FILTERS_LENGTH)
    private String filters;

    @Column(nullable = false, length = 16)
    private String language;

    @Column(name = "last_visited_at", nullable = false)
    private OffsetDateTime lastVisitedAt;

    @Column(name = "feed_token_hash", length = 64)
    private String feedTokenHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private DigestFrequency digest = DigestFrequency.OFF;

    @Column(name = "digest_since")
    private OffsetDateTime digestSince;

    @Column(name = "digest_link_base", length = 300)
    private String digestLinkBase;

    protected SavedSearch() {}

    /** A new saved search of the account; records found from {@code now} on count as new. */
    public SavedSearch(
            long accountId,
            String name,
            String query,
            Map<String, List<String>> filters,
            String language,
            OffsetDateTime now) {
        this.accountId = accountId;
        change(name, query, filters, language);
        this.lastVisitedAt = Checks.require("now", now);
    }

    /**
     * Sets the name (1-100 characters), the query (at most 500 characters, may be blank), the filters
     * (facet or {@code type} to values) and the language ({@code en}, {@code zh-Hant}, {@code zh-Hans}; blank: en).
     */
    public final void change(
            String newName, String newQuery, Map<String, List<String>> newFilters, String newLanguage) {
        this.name = Checks.requireText("name", newName, 100);
        String q = newQuery == null ? "" : newQuery.strip();
        if (q.length() > SearchLimits.MAX_QUERY_LENGTH) {
            throw new InvalidValueException(
                    "q",
                    ErrorCode.LENGTH,
                    "is " + q.length() + " characters long; the limit is " + SearchLimits.MAX_QUERY_LENGTH,
                    Map.of("max", SearchLimits.MAX_QUERY_LENGTH));
        }
        this.query = q;
        String encoded = encode(newFilters == null ? Map.of() : newFilters);
        if (encoded.length() > MAX_FILTERS_LENGTH) {
            throw new InvalidValueException(
                    "filters",
                    ErrorCode.LENGTH,
                    "are too long: at most " + MAX_FILTERS_LENGTH + " characters in all",
                    Map.of("max", MAX_FILTERS_LENGTH));
        }
        this.filters = encoded;
        this.language = language(newLanguage);
    }

    /** The canonical tag of a supported display language; blank is English. */
    static String language(String tag) {
        if (tag == null || tag.isBlank()) {
            return Language.EN.tag();
        }
        String t = tag.strip();
        for (Language l : Language.values()) {
            if (l.tag().equalsIgnoreCase(t)) {
                return l.tag();
            }
        }
        throw new InvalidValueException(
                "lang",
                ErrorCode.ONE_OF,
                "must be en, zh-Hant or zh-Hans",
                Map.of("allowed", List.of("en", "zh-Hant", "zh-Hans")));
    }

    /** Results seen now: what is found later than {@code now} will be new. */
    public void visited(OffsetDateTime now) {
        this.lastVisitedAt = Checks.require("now", now);
    }

    /** Whether a record created at this time is new since the owner's last visit. */
    public boolean isNew(OffsetDateTime recordCreatedAt) {
        return recordCreatedAt != null && recordCreatedAt.isAfter(lastVisitedAt);
    }

    /** Gives the feed a new secret (stored as its hash); the old one no longer opens it. */
    void feedToken(String hash) {
        this.feedTokenHash = Checks.require("feedToken", hash);
    }

    void revokeFeedToken() {
        this.feedTokenHash = null;
    }

    /**
     * Sets how often the digest goes out. Turned on, it covers what is registered from {@code now}
     * (a change between daily and weekly keeps what is not yet digested); {@code linkBase}: the
     * registry's address for the digest's links. Turned off, nothing more is sent.
     */
    public void digest(DigestFrequency frequency, OffsetDateTime now, String linkBase) {
        Checks.require("frequency", frequency);
        if (frequency == DigestFrequency.OFF) {
            digestSince = null;
        } else if (digest == DigestFrequency.OFF || digestSince == null) {
            digestSince = Checks.require("now", now);
        }
        digest = frequency;
        if (linkBase != null) {
            digestLinkBase = Checks.optionalText("linkBase", linkBase, 300);
        }
    }

    /** A digest covering the records registered until {@code until} went out (or had nothing to tell). */
    public void digested(OffsetDateTime until) {
        if (digest != DigestFrequency.OFF && until != null && (digestSince == null || until.isAfter(digestSince))) {
            digestSince = until;
        }
    }

    /** Whether a record registered at this time belongs in the digest that ends at {@code until}. */
    public boolean inDigest(OffsetDateTime recordCreatedAt, OffsetDateTime until) {
        return recordCreatedAt != null
                && digestSince != null
                && !recordCreatedAt.isBefore(digestSince)
                && recordCreatedAt.isBefore(until);
    }

    public DigestFrequency getDigest() {
        return digest;
    }

    public OffsetDateTime getDigestSince() {
        return digestSince;
    }

    public String getDigestLinkBase() {
        return digestLinkBase;
    }

    public boolean hasFeed() {
        return feedTokenHash != null;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getName() {
        return name;
    }

    public String getQuery() {
        return query;
    }

    public String getLanguage() {
        return language;
    }

    public OffsetDateTime getLastVisitedAt() {
        return lastVisitedAt;
    }

    /** The record types searched (URL names), empty for all. */
    public List<String> getTypes() {
        return decode(filters).getOrDefault(TYPE, List.of());
    }

    /** The facet filters, without the record types. */
    public Map<String, List<String>> getFacetFilters() {
        Map<String, List<String>> f = decode(filters);
        f.remove(TYPE);
        return f;
    }

    static String encode(Map<String, List<String>> filters) {
        StringBuilder s = new StringBuilder();
        filters.forEach((key, values) -> {
            if (values == null) {
                return;
            }
            for (String v : values) {
                if (v == null || v.isBlank()) {
                    continue;
                }
                if (s.length() > 0) {
                    s.append('&');
                }
                s.append(URLEncoder.encode(key.strip(), StandardCharsets.UTF_8))
                        .append('=')
                        .append(URLEncoder.encode(v.strip(), StandardCharsets.UTF_8));
            }
        });
        return s.toString();
    }

    static Map<String, List<String>> decode(String encoded) {
        Map<String, List<String>> f = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return f;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            f.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        return f;
    }
}
