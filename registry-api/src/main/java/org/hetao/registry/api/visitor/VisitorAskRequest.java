package org.hetao.registry.api.visitor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hetao.registry.enquiry.Interest;

/**
 * A public visitor's enquiry: who the visitor is (name, organisation, e-mail address to confirm),
 * the interest, the message, and the language of the e-mails ({@code en}, {@code zh-Hant}, {@code zh-Hans}).
 */
public record VisitorAskRequest(
        @NotBlank @Size(max = 64) String name,
        @NotBlank @Size(max = 200) String organisation,
        @NotBlank @Size(max = 254) String email,
        @NotNull Interest interest,
        @NotBlank @Size(max = 4000) String message,
        @Size(max = 16) String lang) {}
