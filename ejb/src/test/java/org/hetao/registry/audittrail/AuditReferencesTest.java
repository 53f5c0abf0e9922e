package org.hetao.registry.audittrail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.hetao.registry.audit.AuditAction;
import org.hetao.registry.audit.AuditEvent;
import org.junit.jupiter.api.Test;

class AuditReferencesTest {
    private static List<String> refs(String kind, Long id, String changes) {
        return List.copyOf(
                AuditReferences.of(new AuditEvent("admin", "ADMIN", AuditAction.UPDATE, kind, id, changes, null)));
    }

    @Test
    void aPersonMovedToAnotherInstitutionRefersToTheRecordAndBothInstitutions() {
        assertEquals(
                List.of("person:7", "institution:1001", "institution:1002"),
                refs(
                        "person",
                        7L,
                        "{\"institutionId\":{\"before\":1001,\"after\":1002},\"nameEn\":{\"before\":\"A\",\"after\":\"B\"}}"));
    }

    @Test
    void idsInListsOfParticipantsSharesAndInventorsAreFound() {
        assertEquals(
                List.of("project:5", "institution:1001", "institution:1003"),
                refs(
                        "project",
                        5L,
                        "{\"participants\":{\"before\":[{\"institutionId\":1001,\"role\":\"LEAD\"}],"
                                + "\"after\":[{\"institutionId\":1001,\"role\":\"LEAD\"},{\"institutionId\":1003,\"role\":\"PARTNER\"}]},"
                                + "\"startDate\":{\"before\":\"2026-01-01\",\"after\":\"2026-02-01\"}}"));
        assertEquals(
                List.of("ip-asset:9", "institution:1002"),
                refs(
                        "ownership",
                        9L,
                        "{\"shares\":{\"before\":null,\"after\":[{\"institutionId\":1002,\"shareBp\":10000}]}}"));
        assertEquals(
                List.of("ip-asset:9", "project:5", "person:41"),
                refs(
                        "ip-asset",
                        9L,
                        "{\"projectId\":{\"before\":null,\"after\":5},\"inventors\":{\"before\":null,\"after\":[{\"personId\":41,\"shareBp\":10000}]}}"));
    }

    @Test
    void aProposalNamesItsAssetAndTheInstitutionsItsSharesApprovalsAndPendingBeginWith() {
        assertEquals(
                List.of("ip-asset:9", "institution:1001", "institution:1002", "institution:1003"),
                refs(
                        "ownership-proposal",
                        31L,
                        "{\"ipAssetId\":{\"before\":null,\"after\":9},\"shares\":{\"before\":null,\"after\":[\"1001:6000\",\"1002:4000\"]},"
                                + "\"approvals\":{\"before\":[],\"after\":[\"1002 by tto-szu\"]},\"pending\":{\"before\":[1001,1002,1003],\"after\":[1003]},"
                                + "\"reason\":{\"before\":null,\"after\":\"2026 licence: 40 by 60\"}}"));
    }

    @Test
    void kindsWithoutNamesCountsAndTextsThatAreNotJsonReferToNothing() {
        assertEquals(
                List.of(),
                refs("runtime settings", 1L, "{\"publicCatalogueEnabled\":{\"before\":false,\"after\":true}}"));
        assertEquals(List.of("institution:4"), refs("institution", 4L, "not json"));
        assertEquals(
                List.of(),
                refs(
                        "enquiry",
                        3L,
                        "{\"messages\":{\"before\":1,\"after\":2},\"reason\":{\"before\":\"1 by 2\",\"after\":null}}"));
        assertNull(AuditReferences.subject(null, null));
        assertEquals("account:12", AuditReferences.subject("account", 12L));
    }
}
