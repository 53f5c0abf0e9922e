package org.hetao.registry.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.hetao.registry.api.common.TextRequest;
import org.hetao.registry.api.ipasset.IpAssetRequest;
import org.hetao.registry.api.ipasset.OwnershipRequest;
import org.hetao.registry.api.project.ProjectRequest;
import org.hetao.registry.api.project.ProjectResource;
import org.junit.jupiter.api.Test;

class RequestConstraintsTest {

    @Test
    void aProjectRequestStatesItsRequiredFieldsLengthsAndCounts() {
        Map<String, RequestConstraints.Property> project = RequestConstraints.of(ProjectRequest.class);
        RequestConstraints.Property code = project.get("code");
        assertTrue(code.required());
        assertEquals(1, code.minLength());
        assertEquals(32, code.maxLength());
        assertTrue(project.get("site").required());
        assertFalse(project.containsKey("endDate"), "no constraint, nothing to say");
        RequestConstraints.Property participants = project.get("participants");
        assertTrue(participants.required());
        assertEquals(1, participants.minItems());
        assertEquals(50, participants.maxItems());
        assertEquals(
                ProjectRequest.ParticipantRequest.class, participants.items().nested());
        assertEquals(TextRequest.class, project.get("title").nested());
        assertFalse(project.get("keywords").required());
        assertEquals(30, project.get("keywords").maxItems());
    }

    @Test
    void aJsonbNameIsThePropertysName() {
        Map<String, RequestConstraints.Property> project = RequestConstraints.of(ProjectRequest.class);
        assertFalse(project.containsKey("abstractText"));
        assertFalse(
                project.containsKey("abstract"), "the abstract is not @Valid: its lengths are not checked as a part");
    }

    @Test
    void rangesOfIntegersAndDecimals() {
        RequestConstraints.Property readiness =
                RequestConstraints.of(IpAssetRequest.class).get("readinessLevel");
        assertEquals(BigDecimal.ONE, readiness.minimum());
        assertEquals(BigDecimal.valueOf(9), readiness.maximum());
        assertFalse(readiness.exclusiveMinimum());
        RequestConstraints.Property amount =
                RequestConstraints.of(ProjectRequest.FundingRequest.class).get("amount");
        assertEquals(0, amount.minimum().signum());
        assertFalse(amount.exclusiveMinimum());
        RequestConstraints.Property currency =
                RequestConstraints.of(ProjectRequest.FundingRequest.class).get("currency");
        assertEquals(3, currency.minLength());
        assertEquals(3, currency.maxLength());
    }

    @Test
    void theSharesOfAnOwnershipAreOneToFiftyValidParts() {
        Map<String, RequestConstraints.Property> ownership = RequestConstraints.of(OwnershipRequest.class);
        assertEquals(1, ownership.get("shares").minItems());
        assertEquals(50, ownership.get("shares").maxItems());
        assertEquals(
                OwnershipRequest.ShareRequest.class,
                ownership.get("shares").items().nested());
        assertTrue(RequestConstraints.of(OwnershipRequest.ShareRequest.class)
                .get("shareBp")
                .required());
        assertEquals(1000, ownership.get("reason").maxLength());
    }

    record Sample(
            @Pattern(regexp = "[A-Z]{2}-\\d+") String ref,
            @Email @Size(max = 254) String mail,

            @Positive @DecimalMax(value = "100", inclusive = false)
            BigDecimal percent,

            @JsonbProperty("tags") @NotEmpty List<@Size(max = 20) String> labels,
            @Valid List<TextRequest> texts,
            TextRequest note) {}

    @Test
    void patternsAreAnchoredAndEmailsHaveTheirFormat() {
        Map<String, RequestConstraints.Property> sample = RequestConstraints.of(Sample.class);
        assertEquals("^(?:[A-Z]{2}-\\d+)$", sample.get("ref").pattern());
        assertTrue("AB-12".matches(sample.get("ref").pattern()));
        assertFalse(
                java.util.regex.Pattern.compile(sample.get("ref").pattern())
                        .matcher("xAB-12")
                        .find(),
                "Bean Validation matches the whole value");
        assertEquals("email", sample.get("mail").format());
        assertNull(sample.get("mail").pattern());
        assertEquals(254, sample.get("mail").maxLength());
    }

    @Test
    void exclusiveBoundsListElementsAndCascades() {
        Map<String, RequestConstraints.Property> sample = RequestConstraints.of(Sample.class);
        RequestConstraints.Property percent = sample.get("percent");
        assertEquals(0, percent.minimum().signum());
        assertTrue(percent.exclusiveMinimum());
        assertEquals(0, percent.maximum().compareTo(BigDecimal.valueOf(100)));
        assertTrue(percent.exclusiveMaximum());
        RequestConstraints.Property tags = sample.get("tags");
        assertTrue(tags.required());
        assertEquals(1, tags.minItems());
        assertEquals(20, tags.items().maxLength());
        assertFalse(tags.items().required());
        assertEquals(
                TextRequest.class, sample.get("texts").items().nested(), "@Valid on a list cascades to its elements");
        assertFalse(sample.containsKey("note"), "a part that is not @Valid is not checked");
    }

    @Test
    void operationsAreFoundByTheirIdsWithTheirBodies() throws Exception {
        Map<String, java.lang.reflect.Method> operations =
                RequestConstraints.operations(ApiContract.class, "org.hetao.registry.api");
        java.lang.reflect.Method create = operations.get("createProject");
        assertEquals(ProjectResource.class, create.getDeclaringClass());
        assertEquals(
                ProjectRequest.class,
                RequestConstraints.body(create).orElseThrow().getType());
        assertTrue(RequestConstraints.bodyRequired(create));
        assertTrue(RequestConstraints.body(operations.get("getProject")).isEmpty());
        assertFalse(
                RequestConstraints.bodyRequired(operations.get("approveOwnershipProposal")),
                "a decision's body may be left out");
    }
}
