package org.hetao.registry.api.enquiry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hetao.registry.enquiry.Interest;

/** An investor's enquiry: what it is interested in, and its first message. */
public record EnquiryRequest(
        @NotNull Interest interest,
        @NotBlank @Size(max = 4000) String message) {}
