package org.hetao.registry.account;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.hetao.registry.common.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {
    @ParameterizedTest
    @ValueSource(strings = {"short", "password123", "xx-carol-xx-1", "aaaaaaaaaaaa", "abababababab"})
    void rejectsWeakPasswords(String password) {
        assertThrows(InvalidValueException.class, () -> PasswordPolicy.check("carol", password));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Lotus-Pond-2718", "correct horse battery staple"})
    void acceptsReasonablePasswords(String password) {
        assertDoesNotThrow(() -> PasswordPolicy.check("carol", password));
    }
}
