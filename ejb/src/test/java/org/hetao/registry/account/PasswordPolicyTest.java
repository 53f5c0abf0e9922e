package org.hetao.registry.account;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hetao.registry.common.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {
    @ParameterizedTest
    @ValueSource(strings = {"short", "password123", "xx-carol-xx-1", "aaaaaaaaaaaa", "abababababab"})
    void rejectsWeakPasswords(String password) {
        assertThrows(InvalidValueException.class, () -> PasswordPolicy.check("carol", password));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Password2026",
                "P@ssw0rd123",
                "Welcome2026",
                "letmein1234",
                "Sunshine2026!",
                "!!Dragon1990",
                "1qaz2wsx3edc",
                "Football#2025",
                "MONKEY123456",
                "qwertyuiop!",
                "Baseball2026",
                "iloveyou2026",
                "superman1234",
                "Princess2026",
                "michael1985!"
            })
    void rejectsCommonPasswordsAndTheirTrivialVariations(String password) {
        InvalidValueException e =
                assertThrows(InvalidValueException.class, () -> PasswordPolicy.check("carol", password));
        assertTrue(e.getMessage().contains("among the most commonly used passwords"), e::getMessage);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Lotus-Pond-2718",
                "correct horse battery staple",
                "Security-Check-2718",
                "Another-Secret-3141",
                "Lok-Ma-Chau-Admin-2026",
                "Pok-Fu-Lam-Office-2026",
                "Nanshan-Office-2026",
                "Loop-Investor-2026",
                "Bridge-Counsel-2026",
                "Choose-A-Passw0rd",
                "Harbour-Bridge-2026",
                "Shenzhen Bay sunrise over the river",
                "violet tram on des voeux road",
                "Kowloon-Walled-City-1993",
                "my cat naps on the photocopier",
                "Bench-Harbour-Passw0rd-2026",
                "Qianhai-Bridge-2026",
                "Matrix-Check-2718",
                "Loop-Agreement-2026",
                "Spreadsheet-Office-2026"
            })
    void acceptsReasonablePasswordsAndPassphrases(String password) {
        assertDoesNotThrow(() -> PasswordPolicy.check("carol", password));
    }

    @Test
    void refusesTheRegistryNameTheUsernameAndTheInstitutionAlsoInDisguise() {
        assertThrows(InvalidValueException.class, () -> PasswordPolicy.check("carol", "Hetao-Registry-2026"));
        assertThrows(InvalidValueException.class, () -> PasswordPolicy.check("carol", "my-H3tao-password-x"));
        assertThrows(InvalidValueException.class, () -> PasswordPolicy.check("carol", "Best-C@r0l-ever-99"));
        InvalidValueException e = assertThrows(
                InvalidValueException.class,
                () -> PasswordPolicy.check("tto-office", "Office-SZU-Patents-2026", "SZU"));
        assertTrue(e.getMessage().contains("institution"), e::getMessage);
        assertDoesNotThrow(() -> PasswordPolicy.check("tto-office", "Office-SZU-Patents-2026", "HKU"));
        assertDoesNotThrow(() -> PasswordPolicy.check("tto-office", "Office-SZU-Patents-2026", null));
    }

    @Test
    void theListHoldsAtLeastTheHundredThousandMostCommonPasswords() {
        assertTrue(
                BreachedPasswords.size() >= 98_000,
                "distinct entries (100,000 lines, some differing only in case): " + BreachedPasswords.size());
        assertTrue(BreachedPasswords.contains("trustno1"));
        assertTrue(BreachedPasswords.contains("070162"), "the last of the 100,000");
        assertEquals("password", BreachedPasswords.core("p@ssw0rd2026!"));
    }
}
