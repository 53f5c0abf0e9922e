package org.hetao.registry.statistics;

/**
 * One institution's technology-transfer figures of one calendar year (docs/zone.md, "Head counts and
 * zone reporting"): IP assets registered, filings made, grants received, and — for readers of the
 * offices' enquiry report only, otherwise null — enquiries received and those of them that ended licensed.
 */
public record AutmYear(
        long institutionId,
        int year,
        long assetsRegistered,
        long filings,
        long grants,
        Long enquiries,
        Long licences) {}
