package org.hetao.registry.api.institution;

import jakarta.validation.constraints.Size;
import org.hetao.registry.institution.PublicContactDetails;

/** An institution's public licensing contact as a client sends it; all fields blank withdraws it. */
public record PublicContactRequest(
        @Size(max = 200) String office,
        @Size(max = 254) String email,
        @Size(max = 40) String phone,
        @Size(max = 500) String webPage) {
    public PublicContactDetails toDetails() {
        return new PublicContactDetails(office, email, phone, webPage);
    }
}
