package org.hetao.registry.docket;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import org.hetao.registry.common.LocalizedText;

/**
 * A deadline that follows from an asset's filings under one rule.
 *
 * @param key stable across edits of the asset (rule, asset, the filing's application number, occurrence)
 * @param applicationNumber the filing it concerns (for the family's Paris priority: the first filing)
 * @param office where the act is due: a jurisdiction (CN, HK, EP…) or ANY (Paris priority: wherever protection is sought)
 * @param occurrence which one of a repeated rule: a PCT office or a patent year; null when the rule yields one
 * @param triggerDate the date the rule counts from
 * @param dueDate the last day, after any rollover past a closed day
 * @param metBy the application number of the filing in the family that shows the act was done, if one does
 */
public record Deadline(
        String key,
        String ruleId,
        long ipAssetId,
        String applicationNumber,
        String office,
        String occurrence,
        LocalDate triggerDate,
        LocalDate dueDate,
        boolean rolledOver,
        LocalizedText title,
        String source,
        String metBy) {

    /** A globally unique, stable identifier for calendars (RFC 5545 UID). */
    public String uid(String host) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "deadline-" + HexFormat.of().formatHex(hash, 0, 12) + "@" + host;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
