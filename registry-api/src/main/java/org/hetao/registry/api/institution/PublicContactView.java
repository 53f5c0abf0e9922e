package org.hetao.registry.api.institution;

import org.hetao.registry.institution.Institution;
import org.hetao.registry.institution.PublicContact;

/** Where investors reach an institution's technology-transfer office about licensing. */
public record PublicContactView(String office, String email, String phone, String webPage) {
    static PublicContactView of(PublicContact c) {
        return new PublicContactView(c.getOffice(), c.getEmail(), c.getPhone(), c.getWebPage());
    }

    /** The institution's published contact, or null. */
    public static PublicContactView of(Institution i) {
        return i.getPublicContact().map(PublicContactView::of).orElse(null);
    }
}
