package org.hetao.registry.web;

import static org.hetao.registry.web.support.Problems.assertFieldError;
import static org.hetao.registry.web.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.UUID;
import org.hetao.registry.web.support.Api;
import org.hetao.registry.web.support.RegistryDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class PersonApiIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return RegistryDeployment.war();
    }

    @ArquillianResource
    URL base;

    private long institution(Api admin) {
        String s = "P" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Api.Reply r = admin.post("api/institutions", """
                {"shortName":"%s","name":{"en":"Fictional Lab %s"},"kind":"RESEARCH_INSTITUTE","jurisdiction":"MAINLAND","country":"CN"}
                """.formatted(s, s));
        assertEquals(201, r.status(), r::toString);
        return r.id();
    }

    private static String person(long institutionId, String orcid) {
        return """
                {"nameEn":"Chan Tai Man","nameZh":"陳大文","institutionId":%d,"email":"tm.chan@example.org"%s}
                """.formatted(institutionId, orcid == null ? "" : ",\"orcid\":\"" + orcid + "\"");
    }

    @Test
    void registersAPersonWithAValidOrcid() {
        Api admin = new Api(base).asAdmin();
        long inst = institution(admin);
        Api.Reply created = admin.post("api/people", person(inst, "0000-0002-1825-0097"));
        assertEquals(201, created.status(), created::toString);
        long id = created.id();
        Api.Reply read = admin.get("api/people/" + id);
        assertEquals("陳大文", read.json().getString("nameZh"));
        assertEquals("0000-0002-1825-0097", read.json().getString("orcid"));
        assertProblem(admin.post("api/people", person(inst, "0000-0002-1825-0097")), 409);

        Api.Reply updated = admin.put("api/people/" + id, person(inst, null), read.etag());
        assertEquals(200, updated.status(), updated::toString);
        assertProblem(admin.put("api/people/" + id, person(inst, null), read.etag()), 412);
        assertProblem(admin.put("api/people/" + id, person(inst, null), null), 428);
        assertEquals(1, admin.get("api/people?institutionId=" + inst).json().getInt("total"));
    }

    @Test
    void rejectsBadIdentifiersAndReferences() {
        Api admin = new Api(base).asAdmin();
        long inst = institution(admin);
        assertFieldError(admin.post("api/people", person(inst, "0000-0002-1825-0098")), "orcid");
        assertFieldError(admin.post("api/people", person(999_999_999L, null)), "institutionId");
        long personId = admin.post("api/people", person(inst, null)).id();
        assertFieldError(admin.post("api/people", person(personId, null)), "institutionId");
        assertFieldError(
                admin.post("api/people", person(inst, null).replace("tm.chan@example.org", "not-an-address")), "email");
        assertFieldError(
                admin.post("api/people", person(inst, null).replace("Chan Tai Man", "x".repeat(201))), "nameEn");
        assertProblem(admin.post("api/people", person(inst, null).replace(String.valueOf(inst), "\"abc\"")), 400);
        assertProblem(admin.get("api/people?institutionId=abc"), 400);
        assertProblem(admin.get("api/people/" + inst), 404);
    }
}
