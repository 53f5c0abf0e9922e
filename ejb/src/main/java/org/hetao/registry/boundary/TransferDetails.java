package org.hetao.registry.boundary;

import java.time.LocalDate;
import org.hetao.registry.common.LocalizedText;
import org.hetao.registry.project.Park;

/** A transfer as a client describes it (its status, consents and later dates move on separately). */
public record TransferDetails(
        TransferKind kind,
        LocalizedText description,
        Long fromInstitutionId,
        Park fromPark,
        Long toInstitutionId,
        Park toPark,
        ClearanceRoute clearanceRoute,
        String clearanceReference,
        LocalDate requestedDate) {}
