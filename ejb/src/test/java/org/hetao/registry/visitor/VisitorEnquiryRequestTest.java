package org.hetao.registry.visitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.hetao.registry.common.InvalidValueException;
import org.hetao.registry.common.SecretTokens;
import org.hetao.registry.enquiry.Interest;
import org.hetao.registry.enquiry.VisitorContact;
import org.junit.jupiter.api.Test;

class VisitorEnquiryRequestTest {
    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 12, 7, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final VisitorContact CHAN =
            new VisitorContact("Chan Siu Ming", "Harbour Ventures", "S.M.Chan@Harbour.example.hk");

    private static VisitorEnquiryRequest request() {
        return new VisitorEnquiryRequest(
                11,
                CHAN,
                Interest.LICENCE,
                "A non-exclusive licence for diagnostics?",
                "zh-Hant",
                SecretTokens.hash(SecretTokens.newToken()),
                T0,
                Duration.ofHours(24));
    }

    @Test
    void aLinkConfirmsOnceAndOnlyBeforeItExpires() {
        VisitorEnquiryRequest r = request();
        assertEquals(T0.plusHours(24), r.getExpiresAt());
        r.confirm(501, T0.plusHours(23).plusMinutes(59));
        assertEquals(501L, r.getEnquiryId());
        ConfirmationLinkUsedException again =
                assertThrows(ConfirmationLinkUsedException.class, () -> r.confirm(502, T0.plusHours(1)));
        assertTrue(again.getMessage().contains("already used"), again.getMessage());
        assertEquals(501L, r.getEnquiryId(), "a second confirmation changes nothing");
    }

    @Test
    void anExpiredLinkConfirmsNothing() {
        VisitorEnquiryRequest r = request();
        ConfirmationLinkUsedException expired =
                assertThrows(ConfirmationLinkUsedException.class, () -> r.confirm(501, T0.plusHours(24)));
        assertTrue(expired.getMessage().contains("expired"), expired.getMessage());
        assertEquals(null, r.getEnquiryId());
        assertEquals(null, r.getConfirmedAt());
    }

    @Test
    void secretsAreRandomUrlSafeAndStoredOnlyAsTheirHash() {
        String a = SecretTokens.newToken();
        String b = SecretTokens.newToken();
        assertNotEquals(a, b);
        assertTrue(SecretTokens.wellFormed(a));
        assertFalse(SecretTokens.wellFormed(a.substring(1)));
        assertFalse(SecretTokens.wellFormed(a.substring(1) + "/"));
        assertEquals(64, SecretTokens.hash(a).length());
        assertFalse(SecretTokens.hash(a).contains(a));
        assertEquals(SecretTokens.hash(a), SecretTokens.hash(a));
    }

    @Test
    void aVisitorsContactIsBoundedAndItsAddressPlain() {
        assertEquals("s.m.chan@harbour.example.hk", CHAN.email());
        assertThrows(
                InvalidValueException.class,
                () -> new VisitorContact("Chan", "Harbour", "Chan <chan@harbour.example.hk>"));
        assertThrows(InvalidValueException.class, () -> new VisitorContact("Chan", "Harbour", "chan@harbour"));
        assertThrows(
                InvalidValueException.class, () -> new VisitorContact("Chan", "Harbour", "chan@a@harbour.example.hk"));
        assertThrows(InvalidValueException.class, () -> new VisitorContact("Chan", "Harbour", "a@b.hk, c@d.hk"));
        assertThrows(
                InvalidValueException.class,
                () -> new VisitorContact("x".repeat(65), "Harbour", "chan@harbour.example.hk"));
        assertThrows(InvalidValueException.class, () -> new VisitorContact("Chan", "", "chan@harbour.example.hk"));
        assertThrows(
                InvalidValueException.class, () -> new VisitorContact("Chan", "Harbour", "x".repeat(250) + "@a.hk"));
    }

    @Test
    void languagesOtherThanTheThreeAreEnglish() {
        assertEquals("zh-Hans", VisitorEnquiryService.language("ZH-hans"));
        assertEquals("en", VisitorEnquiryService.language("fr"));
        assertEquals("en", VisitorEnquiryService.language(null));
    }
}
