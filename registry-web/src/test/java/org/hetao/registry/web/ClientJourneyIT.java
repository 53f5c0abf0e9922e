package org.hetao.registry.web;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hetao.registry.client.ApiClient;
import org.hetao.registry.client.ApiException;
import org.hetao.registry.client.api.AuthApi;
import org.hetao.registry.client.api.InstitutionsApi;
import org.hetao.registry.client.api.IpAssetsApi;
import org.hetao.registry.client.api.ProjectsApi;
import org.hetao.registry.client.api.SearchApi;
import org.hetao.registry.client.model.AssetType;
import org.hetao.registry.client.model.Confidentiality;
import org.hetao.registry.client.model.HitView;
import org.hetao.registry.client.model.InstitutionKind;
import org.hetao.registry.client.model.InstitutionRequest;
import org.hetao.registry.client.model.InstitutionView;
import org.hetao.registry.client.model.IpAssetRequest;
import org.hetao.registry.client.model.IpAssetView;
import org.hetao.registry.client.model.Jurisdiction;
import org.hetao.registry.client.model.Licensing;
import org.hetao.registry.client.model.OnBehalfRequest;
import org.hetao.registry.client.model.OwnershipRequest;
import org.hetao.registry.client.model.OwnershipShareRequest;
import org.hetao.registry.client.model.OwnershipView;
import org.hetao.registry.client.model.ParticipantRequest;
import org.hetao.registry.client.model.ParticipantRole;
import org.hetao.registry.client.model.ProjectRequest;
import org.hetao.registry.client.model.ProjectStatus;
import org.hetao.registry.client.model.ProjectView;
import org.hetao.registry.client.model.Site;
import org.hetao.registry.client.model.SummaryRequest;
import org.hetao.registry.client.model.TextRequest;
import org.hetao.registry.client.model.TokenRequest;
import org.hetao.registry.client.model.TokenView;
import org.hetao.registry.web.support.Api;
import org.hetao.registry.web.support.RegistryDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An integrator's journey with a Java client generated from the committed OpenAPI document
 * (openapi-generator, library native, at generate-test-sources): sign in, register two institutions,
 * a joint project and an IP asset, record its ownership as an administrator with the owners'
 * approvals on their behalf, and find the asset by search, reading every answer as typed objects.
 */
@ExtendWith(ArquillianExtension.class)
class ClientJourneyIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return RegistryDeployment.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void aGeneratedClientRegistersAProjectAnAssetAndItsOwnersAndFindsTheAsset() throws Exception {
        ApiClient client = new ApiClient();
        client.updateBaseUri(base.toString().replaceAll("/+$", ""));
        TokenView token =
                new AuthApi(client).signIn(new TokenRequest().username("admin").password(Api.ADMIN_PASSWORD));
        assertEquals("ADMIN", token.getRole());
        assertEquals("Bearer", token.getTokenType());
        assertTrue(token.getExpiresAt().isAfter(java.time.OffsetDateTime.now()), "the token expires in the future");
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token.getToken()));

        String tag =
                UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        InstitutionsApi institutions = new InstitutionsApi(client);
        InstitutionView lead = institutions.createInstitution(new InstitutionRequest()
                .shortName("CJ-HK-" + tag)
                .kind(InstitutionKind.UNIVERSITY)
                .jurisdiction(Jurisdiction.HK)
                .country("HK")
                .name(new TextRequest().en("Client Journey University " + tag)));
        InstitutionView partner = institutions.createInstitution(new InstitutionRequest()
                .shortName("CJ-SZ-" + tag)
                .kind(InstitutionKind.UNIVERSITY)
                .jurisdiction(Jurisdiction.MAINLAND)
                .country("CN")
                .name(new TextRequest().en("Client Journey Institute " + tag)));
        assertTrue(lead.getId() > 0 && partner.getId() > 0);

        LocalDate start = LocalDate.of(2026, 3, 1);
        ProjectView project = new ProjectsApi(client)
                .createProject(new ProjectRequest()
                        .code("CJ-" + tag)
                        .title(new TextRequest().en("Client journey cohort " + tag))
                        .site(Site.BOTH)
                        .status(ProjectStatus.ACTIVE)
                        .startDate(start)
                        .confidentiality(Confidentiality.PUBLIC)
                        .participants(List.of(
                                new ParticipantRequest()
                                        .institutionId(lead.getId())
                                        .role(ParticipantRole.LEAD),
                                new ParticipantRequest()
                                        .institutionId(partner.getId())
                                        .role(ParticipantRole.PARTNER))));
        assertEquals("CJ-" + tag, project.getCode());
        assertEquals(start, project.getStartDate());
        assertEquals(2, project.getParticipants().size());

        IpAssetsApi assets = new IpAssetsApi(client);
        String word = "clientjourney" + tag.toLowerCase(java.util.Locale.ROOT);
        IpAssetView asset = assets.createIpAsset(new IpAssetRequest()
                .projectId(project.getId())
                .type(AssetType.PATENT_APPLICATION)
                .title(new TextRequest().en("Soft gripper " + word))
                .readinessLevel(4)
                .licensing(Licensing.NON_EXCLUSIVE)
                .confidentiality(Confidentiality.PUBLIC)
                .publicSummary(new SummaryRequest().en("A soft gripper for sample tubes.")));
        assertEquals(project.getId(), asset.getProjectId());
        assertEquals(4, asset.getReadinessLevel());
        assertEquals(
                "A soft gripper for sample tubes.", asset.getPublicSummary().getEn());

        OwnershipView ownership = assets.changeOwnership(
                asset.getId(),
                new OwnershipRequest()
                        .effectiveFrom(start)
                        .reason("Joint development agreement")
                        .shares(List.of(
                                new OwnershipShareRequest()
                                        .institutionId(lead.getId())
                                        .shareBp(6000),
                                new OwnershipShareRequest()
                                        .institutionId(partner.getId())
                                        .shareBp(4000)))
                        .approvals(List.of(
                                new OnBehalfRequest()
                                        .institutionId(lead.getId())
                                        .documentRef("Signed consent CJ-1"),
                                new OnBehalfRequest()
                                        .institutionId(partner.getId())
                                        .documentRef("Signed consent CJ-2"))),
                "\"0\"");
        assertEquals(1, ownership.getCurrentVersion());
        assertNotNull(ownership.getCurrent(), "the first owners are in force from their date");
        assertEquals(start, ownership.getCurrent().getEffectiveFrom());
        assertEquals(
                Set.of(lead.getId(), partner.getId()),
                ownership.getCurrent().getShares().stream()
                        .map(s -> s.getInstitutionId())
                        .collect(Collectors.toSet()));
        assertEquals(
                10000,
                ownership.getCurrent().getShares().stream()
                        .mapToInt(s -> s.getShareBp())
                        .sum());

        SearchApi search = new SearchApi(client);
        List<HitView> hits = await("the asset is found by a word of its title")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .until(
                        () -> search.search(
                                        1,
                                        20,
                                        List.of("ip-asset"),
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        word,
                                        null,
                                        "en")
                                .getHits(),
                        found -> !found.isEmpty());
        assertEquals(1, hits.size(), "the asset is found by a word of its title");
        assertEquals(asset.getId(), hits.get(0).getId());
        assertEquals("ip-asset", hits.get(0).getType());
        assertTrue(hits.get(0).getTitle().contains(word), hits.get(0).getTitle());

        ApiException missing = org.junit.jupiter.api.Assertions.assertThrows(
                ApiException.class, () -> assets.getIpAsset(Long.MAX_VALUE));
        assertEquals(404, missing.getCode());
        assertTrue(missing.getResponseBody().contains("\"status\":404"), missing.getResponseBody());
    }
}
