package org.hetao.registry.enquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import org.hetao.registry.common.InvalidValueException;
import org.junit.jupiter.api.Test;

class EnquiryStatusTest {
    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 12, 7, 9, 0, 0, 0, ZoneOffset.UTC);

    private static Enquiry enquiry() {
        return Enquiry.send(
                11, 21, "investor-li", Interest.LICENCE, "We would like a non-exclusive licence for diagnostics.", T0);
    }

    @Test
    void openStagesMoveForwardOnlyAndLicensedOnlyFromTheTermSheet() {
        assertEquals(
                EnumSet.of(
                        EnquiryStatus.IN_DISCUSSION,
                        EnquiryStatus.NDA,
                        EnquiryStatus.TERM_SHEET,
                        EnquiryStatus.DECLINED,
                        EnquiryStatus.WITHDRAWN),
                EnquiryStatus.NEW.next());
        assertEquals(
                EnumSet.of(EnquiryStatus.TERM_SHEET, EnquiryStatus.DECLINED, EnquiryStatus.WITHDRAWN),
                EnquiryStatus.NDA.next());
        assertEquals(
                EnumSet.of(EnquiryStatus.LICENSED, EnquiryStatus.DECLINED, EnquiryStatus.WITHDRAWN),
                EnquiryStatus.TERM_SHEET.next());
        assertFalse(EnquiryStatus.NDA.canMoveTo(EnquiryStatus.IN_DISCUSSION), "never backwards");
        assertFalse(EnquiryStatus.IN_DISCUSSION.canMoveTo(EnquiryStatus.LICENSED));
        for (EnquiryStatus end : EnumSet.of(EnquiryStatus.LICENSED, EnquiryStatus.DECLINED, EnquiryStatus.WITHDRAWN)) {
            assertTrue(end.isFinal());
            assertTrue(end.next().isEmpty(), end + " is final");
        }
    }

    @Test
    void anOfficesFirstReplyTakesANewEnquiryIntoDiscussionAndTheInvestorsUpdatedMarkFollowsTheOffices() {
        Enquiry e = enquiry();
        assertEquals(EnquiryStatus.NEW, e.getStatus());
        assertFalse(e.updatedSince(null), "the investor's own enquiry is not news to it");
        e.reply("investor-li", null, "Any field-of-use limits?", T0.plusMinutes(1));
        assertEquals(EnquiryStatus.NEW, e.getStatus(), "the investor's messages do not move it");
        e.reply("tto-hk", 1L, "None so far; we can send an NDA.", T0.plusMinutes(2));
        assertEquals(EnquiryStatus.IN_DISCUSSION, e.getStatus());
        assertTrue(e.updatedSince(T0.plusMinutes(1)));
        assertFalse(e.updatedSince(T0.plusMinutes(3)));
        e.moveTo(EnquiryStatus.NDA, false, null, null, T0.plusMinutes(4));
        assertEquals(EnquiryStatus.NDA, e.getStatus());
    }

    @Test
    void theInvestorOnlyWithdrawsAndTheOfficesNeverDo() {
        Enquiry e = enquiry();
        assertThrows(NotAnEnquiryPartyException.class, () -> e.moveTo(EnquiryStatus.NDA, true, null, null, T0));
        assertThrows(
                NotAnEnquiryPartyException.class,
                () -> e.moveTo(EnquiryStatus.DECLINED, true, DeclineReason.OTHER, "x", T0));
        assertThrows(NotAnEnquiryPartyException.class, () -> e.moveTo(EnquiryStatus.WITHDRAWN, false, null, null, T0));
        e.moveTo(EnquiryStatus.WITHDRAWN, true, null, null, T0.plusHours(1));
        assertEquals(EnquiryStatus.WITHDRAWN, e.getStatus());
        assertFalse(e.updatedSince(null), "the investor's own step is no news to it");
        assertThrows(EnquiryClosedException.class, () -> e.reply("tto-hk", 1L, "Too late", T0.plusHours(2)));
        assertThrows(
                EnquiryClosedException.class, () -> e.moveTo(EnquiryStatus.NDA, false, null, null, T0.plusHours(2)));
    }

    @Test
    void declinedNeedsAStructuredReasonAndOtherAlsoAText() {
        Enquiry e = enquiry();
        InvalidValueException none = assertThrows(
                InvalidValueException.class, () -> e.moveTo(EnquiryStatus.DECLINED, false, null, null, T0));
        assertEquals("reason", none.errors().get(0).field());
        InvalidValueException other = assertThrows(
                InvalidValueException.class,
                () -> e.moveTo(EnquiryStatus.DECLINED, false, DeclineReason.OTHER, "  ", T0));
        assertEquals("reasonText", other.errors().get(0).field());
        assertThrows(
                InvalidValueException.class,
                () -> e.moveTo(EnquiryStatus.NDA, false, DeclineReason.OTHER, "x", T0),
                "only a decline takes a reason");
        assertEquals(EnquiryStatus.NEW, e.getStatus(), "refused steps change nothing");
        assertNull(e.getDeclineReason());
        e.moveTo(
                EnquiryStatus.DECLINED,
                false,
                DeclineReason.NO_LONGER_AVAILABLE,
                " Licensed exclusively in October ",
                T0);
        assertEquals(DeclineReason.NO_LONGER_AVAILABLE, e.getDeclineReason());
        assertEquals("Licensed exclusively in October", e.getDeclineText());
        assertThrows(EnquiryClosedException.class, () -> e.moveTo(EnquiryStatus.WITHDRAWN, true, null, null, T0));
    }

    @Test
    void notesStayWithTheOfficesAndTheReportCountsPerMonthAssetAndStatus() {
        Enquiry e = enquiry();
        e.note("tto-hk", 1L, "Check the SZ lab's field-of-use plans first", T0.plusMinutes(1));
        assertEquals(2, e.visibleMessages(false).size());
        assertEquals(1, e.visibleMessages(true).size(), "the investor never reads notes");
        Enquiry later = Enquiry.send(11, 22, "investor-wu", Interest.INVESTMENT, "Seed round?", T0.plusMonths(1));
        Enquiry other = Enquiry.send(12, 22, "investor-wu", Interest.ACQUISITION, "Buy?", T0.plusMonths(1));
        Enquiry same = Enquiry.send(
                11,
                23,
                "investor-ng",
                Interest.COLLABORATION,
                "Joint lab?",
                T0.plusMonths(1).plusDays(2));
        assertEquals(
                java.util.List.of(
                        new EnquiryCount("2026-12", 11, EnquiryStatus.NEW, 1),
                        new EnquiryCount("2027-01", 11, EnquiryStatus.NEW, 2),
                        new EnquiryCount("2027-01", 12, EnquiryStatus.NEW, 1)),
                EnquiryReport.of(java.util.List.of(other, e, same, later)));
    }

    @Test
    void theReportCountsMonthsInTheZonesTimeZone() {
        // 20:00 UTC on 31 January is 04:00 on 1 February in Hong Kong
        Enquiry e = Enquiry.send(
                11,
                22,
                "investor-wu",
                Interest.LICENCE,
                "Terms?",
                java.time.OffsetDateTime.parse("2027-01-31T20:00:00Z"));
        assertEquals(
                java.util.List.of(new EnquiryCount("2027-02", 11, EnquiryStatus.NEW, 1)),
                EnquiryReport.of(java.util.List.of(e)));
    }
}
