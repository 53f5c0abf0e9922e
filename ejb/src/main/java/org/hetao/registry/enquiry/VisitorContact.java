package org.hetao.registry.enquiry;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Locale;
import org.hetao.registry.common.Checks;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;

/**
 * How to reach a public visitor who enquires: name (at most 64 characters), organisation (at most
 * 200) and e-mail address (a single plain address, at most 254 characters, kept in lower case).
 */
public record VisitorContact(String name, String organisation, String email) {
    public static final int NAME_MAX = 64;
    public static final int ORGANISATION_MAX = 200;
    public static final int EMAIL_MAX = 254;

    public VisitorContact {
        name = Checks.requireText("name", name, NAME_MAX);
        organisation = Checks.requireText("organisation", organisation, ORGANISATION_MAX);
        email = address(Checks.requireText("email", email, EMAIL_MAX));
    }

    private static String address(String email) {
        try {
            InternetAddress a = new InternetAddress(email, true);
            a.validate();
            if (a.getPersonal() != null
                    || !a.getAddress().equals(email)
                    || email.indexOf('@') < 1
                    || email.indexOf('@') != email.lastIndexOf('@')
                    || !email.substring(email.indexOf('@') + 1).contains(".")
                    || email.chars().anyMatch(c -> c <= ' ' || c == 127)) {
                throw new AddressException(email);
            }
            return email.toLowerCase(Locale.ROOT);
        } catch (AddressException e) {
            throw new InvalidValueException(
                    "email", ErrorCode.EMAIL, "must be a plain e-mail address such as name@example.org");
        }
    }
}
