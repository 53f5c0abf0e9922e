package org.hetao.registry.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The records an integration test works on, created through the API as an administrator in one call
 * chain, each under a name the test chooses:
 *
 * <pre>{@code
 * Fixture world = Fixture.on(base)
 *         .institution("hku", "HK", "HK")
 *         .institution("szbl", "MAINLAND", "CN")
 *         .project("project", "JP", "Joint cell therapy platform", "PUBLIC", "hku", "szbl")
 *         .asset("asset", "project", """
 *                 {"type":"KNOW_HOW","title":{"en":"Cell expansion protocol"},"readinessLevel":3,
 *                  "licensing":"NOT_AVAILABLE","confidentiality":"PUBLIC"}""")
 *         .owners("asset", "2026-01-01", "hku", 5000, "szbl", 5000)
 *         .office("hkuOffice", "hku");
 * long asset = world.id("asset");
 * Api hkuOffice = world.api("hkuOffice");
 * }</pre>
 *
 * Every step checks the API's answer (201, or 200 for an ownership), so a test fails where its world
 * could not be built, with the API's problem in the message. Short names, project codes and usernames
 * are unique per call, so tests never collide with each other or with earlier runs.
 */
public final class Fixture {
    /** The password of every account the fixture creates. */
    public static final String PASSWORD = "Fixture-Account-2718";

    private final URL base;
    private final Api admin;
    private final Map<String, Long> ids = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, Api> clients = new HashMap<>();
    /** How many ownership versions the fixture recorded of each asset: the next one's If-Match. */
    private final Map<String, Integer> versions = new HashMap<>();

    private String shortNamePrefix = "F";

    private Fixture(URL base, Api admin) {
        this.base = base;
        this.admin = admin;
    }

    /** A fixture on the registry at {@code base}, with its administrator signed in. */
    public static Fixture on(URL base) {
        return new Fixture(base, new Api(base).asAdmin());
    }

    /** The signed-in administrator that creates the records. */
    public Api admin() {
        return admin;
    }

    /** The institutions created from now on have short names that start with {@code prefix} ("F" until told otherwise). */
    public Fixture shortNamesStartWith(String prefix) {
        shortNamePrefix = prefix;
        return this;
    }

    /** A university in {@code jurisdiction} (HK, MAINLAND, MACAO, OVERSEAS) and {@code country} (ISO 3166). */
    public Fixture institution(String name, String jurisdiction, String country) {
        String shortName = shortNamePrefix + unique();
        Api.Reply r = admin.post("api/institutions", """
                {"shortName":"%s","name":{"en":"Test institution %s","zhHant":"測試機構 %s","zhHans":"测试机构 %s"},
                 "kind":"UNIVERSITY","jurisdiction":"%s","country":"%s"}
                """.formatted(shortName, name, name, name, jurisdiction, country));
        remember(name, created(r), r.json().getString("shortName"));
        return this;
    }

    /** A person (researcher or staff) of the institution named {@code institution}; {@code nameZh} may be null. */
    public Fixture person(String name, String nameEn, String nameZh, String institution) {
        JsonObjectBuilder person = Json.createObjectBuilder().add("nameEn", nameEn);
        if (nameZh != null) {
            person.add("nameZh", nameZh);
        }
        person.add("institutionId", id(institution));
        Api.Reply r = admin.post("api/people", person.build().toString());
        remember(name, created(r), nameEn);
        return this;
    }

    /**
     * An active project at both sites from 2025-01-01, its code {@code codePrefix-XXXXXXXX}: the first
     * institution leads, the others are partners.
     */
    public Fixture project(
            String name, String codePrefix, String titleEn, String confidentiality, String lead, String... partners) {
        JsonArrayBuilder participants = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("institutionId", id(lead)).add("role", "LEAD"));
        for (String p : partners) {
            participants.add(
                    Json.createObjectBuilder().add("institutionId", id(p)).add("role", "PARTNER"));
        }
        String code = codePrefix + "-" + unique();
        Api.Reply r = admin.post(
                "api/projects",
                Json.createObjectBuilder()
                        .add("code", code)
                        .add("title", Json.createObjectBuilder().add("en", titleEn))
                        .add("site", "BOTH")
                        .add("status", "ACTIVE")
                        .add("startDate", "2025-01-01")
                        .add("confidentiality", confidentiality)
                        .add("participants", participants)
                        .build()
                        .toString());
        remember(name, created(r), code);
        return this;
    }

    /** An IP asset of the project named {@code project}: {@code body} is the asset without its projectId. */
    public Fixture asset(String name, String project, String body) {
        JsonObjectBuilder asset = Json.createObjectBuilder(
                        Json.createReader(new StringReader(body)).readObject())
                .add("projectId", id(project));
        remember(name, created(admin.post("api/ip-assets", asset.build().toString())), null);
        return this;
    }

    /**
     * The asset's ownership from {@code effectiveFrom}: institution names and shares in basis points,
     * alternately. The administrator records every owner's approval on its behalf (see
     * {@link Api#recordOwnership}), so it takes effect at once; the asset's ownership is the fixture's
     * to record (the first call records version 1, the next version 2).
     */
    public Fixture owners(String asset, String effectiveFrom, Object... institutionAndBp) {
        Object[] ids = institutionAndBp.clone();
        for (int i = 0; i < ids.length; i += 2) {
            ids[i] = id((String) ids[i]);
        }
        int recorded = versions.getOrDefault(asset, 0);
        Api.Reply r = admin.recordOwnership(id(asset), shares(effectiveFrom, ids), "\"" + recorded + "\"");
        assertEquals(200, r.status(), r::toString);
        versions.put(asset, recorded + 1);
        return this;
    }

    /** A technology-transfer office account of the institution named {@code institution}, signed in. */
    public Fixture office(String name, String institution) {
        return account(name, "TTO", institution, null);
    }

    /** An office account with an e-mail address (for the inbox's e-mail), signed in. */
    public Fixture office(String name, String institution, String email) {
        return account(name, "TTO", institution, email);
    }

    /** An account of {@code role} (INVESTOR, LEGAL, ADMIN, or TTO of {@code institution}), signed in. */
    public Fixture account(String name, String role, String institution) {
        return account(name, role, institution, null);
    }

    private Fixture account(String name, String role, String institution, String email) {
        String username = role.toLowerCase() + "-" + unique().toLowerCase();
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("username", username)
                .add("password", PASSWORD)
                .add("role", role);
        if (institution != null) {
            body.add("institutionId", id(institution));
        }
        if (email != null) {
            body.add("email", email);
        }
        Api.Reply r = admin.post("api/accounts", body.build().toString());
        remember(name, created(r), username);
        if (email != null) {
            assertEquals(email, r.json().getString("email"), "the account's e-mail address");
        }
        clients.put(name, new Api(base).as(username, PASSWORD));
        return this;
    }

    /** The id of the record named {@code name}. */
    public long id(String name) {
        Long id = ids.get(name);
        if (id == null) {
            throw new IllegalArgumentException("The fixture has no record named " + name + ": " + ids.keySet());
        }
        return id;
    }

    /** An institution's short name, a project's code, a person's name or an account's username. */
    public String name(String name) {
        id(name);
        return names.get(name);
    }

    /** The signed-in client of the account named {@code name}. */
    public Api api(String name) {
        Api api = clients.get(name);
        if (api == null) {
            throw new IllegalArgumentException("The fixture has no account named " + name + ": " + clients.keySet());
        }
        return api;
    }

    private void remember(String name, long id, String naturalName) {
        if (ids.putIfAbsent(name, id) != null) {
            throw new IllegalArgumentException("The fixture already has a record named " + name);
        }
        names.put(name, naturalName);
    }

    /**
     * An ownership body: the date it takes effect and the owners' institution ids with their shares in
     * basis points, alternately.
     */
    public static String shares(String effectiveFrom, Object... ownerAndBp) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < ownerAndBp.length; i += 2) {
            s.append(i == 0 ? "" : ",")
                    .append("{\"institutionId\":")
                    .append(ownerAndBp[i])
                    .append(",\"shareBp\":")
                    .append(ownerAndBp[i + 1])
                    .append('}');
        }
        return "{\"effectiveFrom\":\"" + effectiveFrom + "\",\"reason\":\"Assignment agreed in 2026\",\"shares\":[" + s
                + "]}";
    }

    /** Eight upper-case letters and digits, different on every call. */
    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** The id of a record the API answered 201 Created for; fails with the answer otherwise. */
    public static long created(Api.Reply r) {
        assertEquals(201, r.status(), r::toString);
        return r.id();
    }
}
