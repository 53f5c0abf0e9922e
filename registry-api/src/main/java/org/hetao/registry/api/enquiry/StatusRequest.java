package org.hetao.registry.api.enquiry;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hetao.registry.enquiry.DeclineReason;
import org.hetao.registry.enquiry.EnquiryStatus;

/** A status change; DECLINED names a reason (OTHER also a text). */
public record StatusRequest(
        @NotNull EnquiryStatus status,
        DeclineReason reason,
        @Size(max = 1000) String reasonText) {}
