package org.hetao.registry.account;

import java.util.Locale;
import java.util.Map;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;

/**
 * The least a password must be: long enough, not one of the most common breached passwords nor a
 * trivial variation of one, and free of the words an attacker guesses first: the username, the
 * registry's name and the short name of the institution a TTO account acts for.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 200;
    /** Always guessed first against this registry. */
    static final String REGISTRY_WORD = "hetao";
    /** Shorter context words (a two-letter short name) would refuse too many good passwords. */
    private static final int MIN_CONTEXT_WORD = 3;

    private PasswordPolicy() {}

    /** Checks a password of an account that acts for no institution. */
    public static void check(String username, String password) {
        check(username, password, null);
    }

    /** Checks a password; {@code institutionShortName} is the institution a TTO account acts for, or null. */
    public static void check(String username, String password, String institutionShortName) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidValueException(
                    "password",
                    ErrorCode.PASSWORD_LENGTH,
                    "must be at least " + MIN_LENGTH + " characters",
                    Map.of("min", MIN_LENGTH, "max", MAX_LENGTH));
        }
        if (password.length() > MAX_LENGTH) {
            throw new InvalidValueException(
                    "password",
                    ErrorCode.PASSWORD_LENGTH,
                    "must be at most " + MAX_LENGTH + " characters",
                    Map.of("min", MIN_LENGTH, "max", MAX_LENGTH));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String core = BreachedPasswords.core(lower);
        if (containsWord(lower, core, username)) {
            throw new InvalidValueException(
                    "password", ErrorCode.PASSWORD_CONTAINS_USERNAME, "must not contain the username");
        }
        if (containsWord(lower, core, REGISTRY_WORD)) {
            throw new InvalidValueException(
                    "password",
                    ErrorCode.PASSWORD_CONTAINS_REGISTRY,
                    "must not contain the registry's name \"" + REGISTRY_WORD + "\"",
                    Map.of("word", REGISTRY_WORD));
        }
        if (containsWord(lower, core, institutionShortName)) {
            throw new InvalidValueException(
                    "password",
                    ErrorCode.PASSWORD_CONTAINS_INSTITUTION,
                    "must not contain the short name of the account's institution");
        }
        if (lower.chars().distinct().count() < 4) {
            throw new InvalidValueException(
                    "password",
                    ErrorCode.PASSWORD_FEW_CHARACTERS,
                    "uses too few different characters; choose another",
                    Map.of("min", 4));
        }
        if (BreachedPasswords.contains(password)) {
            throw new InvalidValueException(
                    "password",
                    ErrorCode.PASSWORD_COMMON,
                    "is among the most commonly used passwords (or is one with digits, symbols or capitals added); choose another");
        }
    }

    /** Whether the word appears in the password as written or with look-alike digits and symbols read as letters. */
    private static boolean containsWord(String lower, String core, String word) {
        if (word == null || word.strip().length() < MIN_CONTEXT_WORD) {
            return false;
        }
        String w = word.strip().toLowerCase(Locale.ROOT);
        return lower.contains(w) || core.contains(w);
    }
}
