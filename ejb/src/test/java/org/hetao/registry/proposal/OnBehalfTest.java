package org.hetao.registry.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hetao.registry.common.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Who may record an approval on an institution's behalf, and for whom. */
class OnBehalfTest {
    static final long HKU = 1;
    static final long SZBL = 2;
    static final long NEWCO = 3;
    /** HKU has an office account; SZBL and NEWCO have none. */
    static final Set<Long> OFFICES = Set.of(HKU);

    static Map<Long, String> check(boolean administrator, OnBehalf... approvals) {
        return OnBehalf.check(
                List.of(approvals), administrator, List.of(HKU, SZBL, NEWCO), OFFICES::contains, "approvals");
    }

    @Test
    void anAdministratorRecordsApprovalsOfInstitutionsWithoutAnOfficeCitingTheirDocuments() {
        assertEquals(
                Map.of(SZBL, "Deed 1", NEWCO, "Deed 2"),
                check(true, new OnBehalf(SZBL, " Deed 1 "), new OnBehalf(NEWCO, "Deed 2")));
        assertEquals(Map.of(), check(false), "no approvals: nothing to check");
    }

    @Test
    void anInstitutionWithAnOfficeDecidesForItself() {
        assertThrows(OnBehalfRefusedException.class, () -> check(true, new OnBehalf(HKU, "Deed 1")));
    }

    @Test
    void onlyAnAdministratorRecordsApprovalsOnBehalf() {
        assertThrows(OnBehalfRefusedException.class, () -> check(false, new OnBehalf(SZBL, "Deed 1")));
    }

    @Test
    void eachApprovalIsOfARequiredApproverOnceWithItsDocument() {
        InvalidValueException notRequired =
                assertThrows(InvalidValueException.class, () -> check(true, new OnBehalf(9L, "Deed 1")));
        assertTrue(notRequired.getMessage().contains("not among those"), notRequired.getMessage());
        assertThrows(InvalidValueException.class, () -> check(true, new OnBehalf(SZBL, " ")));
        assertThrows(
                InvalidValueException.class,
                () -> check(true, new OnBehalf(SZBL, "Deed 1"), new OnBehalf(SZBL, "Deed 2")));
        assertThrows(InvalidValueException.class, () -> check(true, new OnBehalf(null, "Deed 1")));
        assertThrows(InvalidValueException.class, () -> check(true, new OnBehalf(SZBL, "x".repeat(501))));
    }
}
