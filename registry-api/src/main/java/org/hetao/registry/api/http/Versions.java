package org.hetao.registry.api.http;

import jakarta.ws.rs.core.EntityTag;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.hetao.registry.common.StaleVersionException;

/**
 * ETags of stored records are their optimistic-lock versions: {@code "7"}. If-Match is evaluated as
 * RFC 9110 (13.1.1) says, with the strong comparison: {@code *} matches the record as it is now; a
 * list of tags matches when one of them is the current version; a weak tag ({@code W/"7"}) never
 * matches, so a list of weak tags only is a 412; a header that is not {@code *} or a list of entity
 * tags is a 400; a missing header is a 428.
 */
public final class Versions {
    private Versions() {}

    public static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version an update may change, by the If-Match header; {@code current} reads the record's
     * version as it is now (and fails as a read of it would), asked only for {@code *} or a list.
     */
    public static long expected(String ifMatch, LongSupplier current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException();
        }
        String header = ifMatch.strip();
        if (header.equals("*")) {
            return current.getAsLong();
        }
        List<Tag> tags = parse(header);
        List<Long> strong = new ArrayList<>();
        boolean opaque = false;
        for (Tag t : tags) {
            if (t.weak()) {
                continue;
            }
            Long v = version(t.value());
            if (v == null) {
                opaque = true;
            } else {
                strong.add(v);
            }
        }
        if (strong.isEmpty()) {
            if (!opaque) {
                throw new IfMatchException(
                        412,
                        "if-match.weak",
                        "If-Match compares entity tags strongly: a weak tag such as "
                                + tags.get(0).text()
                                + " never matches. Send the ETag exactly as it was given, e.g. \"3\".");
            }
            throw new StaleVersionException("No entity tag in If-Match is a version of this record: send the ETag "
                    + "of the version you read, e.g. \"3\".");
        }
        if (strong.size() == 1) {
            return strong.get(0);
        }
        long now = current.getAsLong();
        return strong.contains(now) ? now : strong.get(0);
    }

    /** One entity tag of the header. */
    record Tag(boolean weak, String value) {
        String text() {
            return (weak ? "W/" : "") + "\"" + value + "\"";
        }
    }

    /** The entity tags of an If-Match list (RFC 9110: {@code #entity-tag}); a 400 when it is not one. */
    static List<Tag> parse(String header) {
        List<Tag> tags = new ArrayList<>();
        int i = 0;
        int n = header.length();
        while (i < n) {
            char c = header.charAt(i);
            if (c == ' ' || c == '\t' || c == ',') {
                i++;
                continue;
            }
            boolean weak = false;
            if (header.startsWith("W/", i)) {
                weak = true;
                i += 2;
            }
            if (i >= n || header.charAt(i) != '"') {
                throw malformed();
            }
            int end = i + 1;
            while (end < n && header.charAt(end) != '"') {
                char e = header.charAt(end);
                if (e < 0x21 || e == 0x7F) {
                    throw malformed();
                }
                end++;
            }
            if (end >= n) {
                throw malformed();
            }
            tags.add(new Tag(weak, header.substring(i + 1, end)));
            i = end + 1;
            while (i < n && (header.charAt(i) == ' ' || header.charAt(i) == '\t')) {
                i++;
            }
            if (i < n && header.charAt(i) != ',') {
                throw malformed();
            }
        }
        if (tags.isEmpty()) {
            throw malformed();
        }
        return tags;
    }

    private static Long version(String value) {
        if (!value.matches("[0-9]{1,18}")) {
            return null;
        }
        return Long.parseLong(value);
    }

    private static IfMatchException malformed() {
        return new IfMatchException(
                400,
                "if-match.malformed",
                "If-Match must be * or a list of entity tags in double quotes, e.g. \"3\" (the ETag of the version you read).");
    }
}
