package org.hetao.registry.institution;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.hetao.registry.common.Checks;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;

/**
 * Where investors reach an institution's technology-transfer office about licensing: the office's
 * name, an e-mail address, a telephone number and a web page. The only part of an institution, besides
 * its names, that the public catalogue shows. At least one way to reach the office is required.
 */
@Embeddable
public class PublicContact {
    private static final String EMAIL = "[^@\\s<>\",;]{1,64}@[^@\\s<>\",;]+\\.[^@\\s<>\",;.]+";
    private static final String PHONE = "\\+?[0-9 ()./-]{6,32}";

    @Column(name = "contact_office", length = 200)
    private String office;

    @Column(name = "contact_email", length = 254)
    private String email;

    @Column(name = "contact_phone", length = 40)
    private String phone;

    @Column(name = "contact_web", length = 500)
    private String webPage;

    protected PublicContact() {}

    /** The checked contact, or null when every field is blank (the institution publishes none). */
    static PublicContact of(PublicContactDetails d) {
        if (d == null) {
            return null;
        }
        PublicContact c = new PublicContact();
        c.office = Checks.optionalText("office", d.office(), 200);
        c.email = email(Checks.optionalText("email", d.email(), 254));
        c.phone = phone(Checks.optionalText("phone", d.phone(), 40));
        c.webPage = webPage(Checks.optionalText("webPage", d.webPage(), 500));
        if (c.email == null && c.phone == null && c.webPage == null) {
            if (c.office != null) {
                throw new InvalidValueException(
                        "email",
                        ErrorCode.CONTACT_REACHABLE,
                        "give at least an e-mail address, a telephone number or a web page "
                                + "where investors can reach the office");
            }
            return null;
        }
        return c;
    }

    private static String email(String value) {
        if (value != null && !value.matches(EMAIL)) {
            throw new InvalidValueException(
                    "email", ErrorCode.EMAIL, "must be an e-mail address such as licensing@example.edu.hk");
        }
        return value;
    }

    private static String phone(String value) {
        if (value == null) {
            return null;
        }
        long digits = value.chars().filter(Character::isDigit).count();
        if (!value.matches(PHONE) || digits < 6 || digits > 15) {
            throw new InvalidValueException(
                    "phone",
                    ErrorCode.PHONE,
                    "must be a telephone number of 6 to 15 digits, with the country code "
                            + "for calls from abroad, such as +852 2859 2111 (digits, spaces, + ( ) . / - only)");
        }
        return value;
    }

    private static String webPage(String value) {
        if (value == null) {
            return null;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("https") || scheme.equals("http"))
                    && uri.getHost() != null
                    && uri.getUserInfo() == null) {
                return value;
            }
        } catch (URISyntaxException e) {
            // answered below
        }
        throw new InvalidValueException(
                "webPage",
                ErrorCode.WEB_ADDRESS,
                "must be a web address starting with https:// (or http://), such as "
                        + "https://www.example.edu.hk/licensing");
    }

    public PublicContactDetails details() {
        return new PublicContactDetails(office, email, phone, webPage);
    }

    public String getOffice() {
        return office;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getWebPage() {
        return webPage;
    }
}
