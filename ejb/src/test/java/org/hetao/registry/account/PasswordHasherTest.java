package org.hetao.registry.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher(PasswordHasher.MIN_ITERATIONS);

    @Test
    void verifiesTheRightPasswordOnly() {
        String hash = hasher.hash("Lotus-Pond-2718".toCharArray());
        assertTrue(hash.startsWith("pbkdf2-sha256$600000$"));
        assertTrue(hasher.verify("Lotus-Pond-2718".toCharArray(), hash));
        assertFalse(hasher.verify("Lotus-Pond-2719".toCharArray(), hash));
        assertFalse(hasher.verify("Lotus-Pond-2718".toCharArray(), "garbage"));
    }

    @Test
    void saltsEveryHash() {
        assertNotEquals(hasher.hash("same-password-1".toCharArray()), hasher.hash("same-password-1".toCharArray()));
    }

    @Test
    void refusesTooFewIterations() {
        assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(1000));
    }
}
