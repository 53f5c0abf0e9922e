package org.hetao.registry.audittrail;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hetao.registry.audit.AuditEvent;

/**
 * The records an audit record refers to, as {@code kind:id} keys ({@code institution:1001}): the
 * record itself (an ownership record is its IP asset's) and the ids in its changes, found by the
 * fields that hold them ({@code institutionId}, {@code personId}, {@code projectId},
 * {@code ipAssetId}, a proposal's {@code pending} institutions and the institutions its
 * {@code shares} and {@code approvals} begin with, e.g. {@code "1001:6000"}).
 */
public final class AuditReferences {
    public static final String INSTITUTION = "institution";
    public static final String PERSON = "person";
    public static final String PROJECT = "project";
    public static final String IP_ASSET = "ip-asset";
    public static final String ACCOUNT = "account";

    private static final JsonProvider JSON = JsonProvider.provider();
    private static final Map<String, String> ID_FIELDS = Map.of(
            "institutionId",
            INSTITUTION,
            "personId",
            PERSON,
            "projectId",
            PROJECT,
            "ipAssetId",
            IP_ASSET,
            "pending",
            INSTITUTION);
    /** Fields whose texts begin with an institution's id: a proposal's shares ("1001:6000") and approvals ("1001 by tto-hku"). */
    private static final Set<String> LEADING_INSTITUTION = Set.of("shares", "approvals");

    private static final Pattern LEADING_ID = Pattern.compile("^(\\d{1,18})(?=[: ])");

    private AuditReferences() {}

    /** The key of the record the audit record is about, or null when it names none that has a name. */
    public static String subject(String entityKind, Long entityId) {
        if (entityKind == null || entityId == null) {
            return null;
        }
        return switch (entityKind) {
            case INSTITUTION, PERSON, PROJECT, IP_ASSET, ACCOUNT -> key(entityKind, entityId);
            case "ownership" -> key(IP_ASSET, entityId);
            default -> null;
        };
    }

    /** Every record the audit record refers to, its subject first. */
    public static Set<String> of(AuditEvent e) {
        Set<String> keys = new LinkedHashSet<>();
        String subject = subject(e.entityKind(), e.entityId());
        if (subject != null) {
            keys.add(subject);
        }
        if (e.changes() != null && !e.changes().isBlank()) {
            try (JsonReader r = JSON.createReader(new StringReader(e.changes()))) {
                walk(r.readValue(), null, false, keys);
            } catch (RuntimeException notJson) {
                // changes written by hand long ago may not be JSON: they refer to nothing that can be named
            }
        }
        return keys;
    }

    public static String key(String kind, long id) {
        return kind + ":" + id;
    }

    private static void walk(JsonValue v, String idKind, boolean leadingInstitution, Set<String> keys) {
        switch (v.getValueType()) {
            case NUMBER -> {
                if (idKind != null && ((JsonNumber) v).isIntegral()) {
                    keys.add(key(idKind, ((JsonNumber) v).longValue()));
                }
            }
            case STRING -> {
                Matcher m = LEADING_ID.matcher(((JsonString) v).getString());
                if (leadingInstitution && m.find()) {
                    keys.add(key(INSTITUTION, Long.parseLong(m.group(1))));
                }
            }
            case ARRAY -> ((JsonArray) v).forEach(i -> walk(i, idKind, leadingInstitution, keys));
            case OBJECT ->
                ((JsonObject) v).forEach((name, value) -> {
                    boolean side = "before".equals(name) || "after".equals(name);
                    walk(
                            value,
                            side ? idKind : ID_FIELDS.get(name),
                            side ? leadingInstitution : LEADING_INSTITUTION.contains(name),
                            keys);
                });
            default -> {}
        }
    }
}
