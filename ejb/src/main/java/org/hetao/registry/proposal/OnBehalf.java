package org.hetao.registry.proposal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;

/**
 * An approval an administrator records on behalf of an institution that has no office account, citing
 * the signed document ({@code documentRef}) by which the institution consented.
 */
public record OnBehalf(Long institutionId, String documentRef) {

    /**
     * Fails unless these approvals may be recorded: by an administrator ({@code administrator}), each
     * once, of a required approver ({@code required}) without an office account ({@code hasOffice}),
     * each citing its document. {@code field} names the list in errors. Returns institution → document.
     */
    public static Map<Long, String> check(
            Collection<OnBehalf> approvals,
            boolean administrator,
            Collection<Long> required,
            LongPredicate hasOffice,
            String field) {
        Map<Long, String> byInstitution = new LinkedHashMap<>();
        if (approvals == null || approvals.isEmpty()) {
            return byInstitution;
        }
        if (!administrator) {
            throw new OnBehalfRefusedException(
                    "Only an administrator records an approval on behalf of an institution (" + field
                            + "); an office approves for its own institution, and its own approval of its proposal counts implicitly");
        }
        Set<Long> requiredSet = Set.copyOf(required);
        for (OnBehalf a : approvals) {
            if (a == null || a.institutionId() == null) {
                throw new InvalidValueException(field, ErrorCode.REQUIRED, "each approval names institutionId");
            }
            long i = a.institutionId();
            if (a.documentRef() == null || a.documentRef().isBlank()) {
                throw new InvalidValueException(
                        field,
                        ErrorCode.ON_BEHALF_DOCUMENT_REQUIRED,
                        "the approval on behalf of institution " + i
                                + " needs documentRef, the reference of the signed document",
                        Map.of("institutionId", i));
            }
            if (a.documentRef().strip().length() > 500) {
                throw new InvalidValueException(
                        field, ErrorCode.LENGTH, "documentRef must be at most 500 characters", Map.of("max", 500));
            }
            if (!requiredSet.contains(i)) {
                throw new InvalidValueException(
                        field,
                        ErrorCode.ON_BEHALF_NOT_AN_APPROVER,
                        "institution " + i + " is not among those whose approval this change needs " + required
                                + " (every current and new owner)",
                        Map.of("institutionId", i, "required", List.copyOf(required)));
            }
            if (byInstitution.putIfAbsent(i, a.documentRef().strip()) != null) {
                throw new InvalidValueException(
                        field, ErrorCode.DUPLICATE, "institution " + i + " is named twice", Map.of("value", i));
            }
            if (hasOffice.test(i)) {
                throw new OnBehalfRefusedException(
                        "Institution " + i + " has an office account of its own; its office decides, "
                                + "not an administrator on its behalf");
            }
        }
        return byInstitution;
    }
}
