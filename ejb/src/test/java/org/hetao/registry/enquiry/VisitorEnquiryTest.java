package org.hetao.registry.enquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.hetao.registry.common.ConflictException;
import org.junit.jupiter.api.Test;

/** A public visitor's enquiry: the visitor takes the investor's part, and its link can be switched off or renewed. */
class VisitorEnquiryTest {
    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 12, 7, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final VisitorContact CHAN =
            new VisitorContact("Chan Siu Ming", "Harbour Ventures", "chan@harbour.example.hk");

    @Test
    void aVisitorsEnquiryHasNoAccountAndTheVisitorOnlyWithdraws() {
        Enquiry e =
                Enquiry.fromVisitor(11, CHAN, "zh-Hant", "a".repeat(64), Interest.COLLABORATION, "Joint trial?", T0);
        assertTrue(e.isFromVisitor());
        assertNull(e.getInvestorAccountId());
        assertEquals(CHAN, e.getVisitor());
        assertEquals("Chan Siu Ming", e.getInvestor());
        assertEquals("zh-Hant", e.getVisitorLanguage());
        e.note("tto-hku", 1001, "Check the fund", T0.plusMinutes(1));
        e.reply("tto-hku", 1001L, "Happy to talk.", T0.plusMinutes(2));
        assertEquals(2, e.visibleMessages(true).size(), "the visitor never reads the notes");
        assertThrows(
                NotAnEnquiryPartyException.class,
                () -> e.moveTo(EnquiryStatus.NDA, true, null, null, T0.plusMinutes(3)));
        e.moveTo(EnquiryStatus.WITHDRAWN, true, null, null, T0.plusMinutes(3));
        assertEquals(EnquiryStatus.WITHDRAWN, e.getStatus());
        assertEquals("chan@harbour.example.hk", EnquiryRecord.of(e).visitorEmail());
    }

    @Test
    void theLinkIsSwitchedOffOrRenewedAndAnInvestorsEnquiryHasNone() {
        Enquiry e = Enquiry.fromVisitor(11, CHAN, "en", "a".repeat(64), Interest.LICENCE, "Licence?", T0);
        e.revokeVisitorLink();
        assertFalse(e.hasVisitorLink());
        assertFalse(EnquiryRecord.of(e).visitorLink());
        e.renewVisitorLink("b".repeat(64));
        assertTrue(e.hasVisitorLink());
        Enquiry investors = Enquiry.send(11, 21, "investor-li", Interest.LICENCE, "Licence?", T0);
        assertFalse(investors.isFromVisitor());
        assertNull(investors.getVisitor());
        assertThrows(ConflictException.class, () -> investors.renewVisitorLink("c".repeat(64)));
    }
}
