package org.hetao.registry.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * The 100,000 most common passwords of published breaches (see docs/decisions/0004), and the
 * trivial variations of them that a password must not be either: any case, digits or symbols added
 * before or after ({@code Password2026}, {@code !welcome!}), and letters written as look-alike
 * digits or symbols inside ({@code P@ssw0rd}). Loaded once, on first use, into a sorted array of
 * normalised entries.
 */
final class BreachedPasswords {
    static final String RESOURCE = "breached-passwords-top100k.txt.gz";
    /** A core shorter than this (what is left of {@code 1a2b}) is too short to stand for a password. */
    private static final int MIN_CORE = 4;

    private BreachedPasswords() {}

    /** Whether the password is on the list, or is an entry with digits, symbols, case or look-alikes changed. */
    static boolean contains(String password) {
        String[] list = Holder.ENTRIES;
        for (String form : forms(password)) {
            if (Arrays.binarySearch(list, form) >= 0) {
                return true;
            }
        }
        return false;
    }

    static int size() {
        return Holder.ENTRIES.length;
    }

    /** The forms under which a password or a list entry is compared: lower case, and its core with look-alikes undone. */
    static List<String> forms(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        List<String> forms = new ArrayList<>(2);
        forms.add(lower);
        String core = core(lower);
        if (core.length() >= MIN_CORE && !core.equals(lower)) {
            forms.add(core);
        }
        return forms;
    }

    /** Without leading and trailing digits and symbols, with look-alike digits and symbols inside read as letters. */
    static String core(String lower) {
        int start = 0;
        int end = lower.length();
        while (start < end && !Character.isLetter(lower.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(lower.charAt(end - 1))) {
            end--;
        }
        StringBuilder core = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            core.append(unleet(lower.charAt(i)));
        }
        return core.toString();
    }

    private static char unleet(char c) {
        return switch (c) {
            case '@', '4' -> 'a';
            case '3' -> 'e';
            case '1', '!' -> 'i';
            case '0' -> 'o';
            case '$', '5' -> 's';
            case '7' -> 't';
            default -> c;
        };
    }

    /** Reads the list the first time it is needed; the class loader makes this happen once. */
    private static final class Holder {
        static final String[] ENTRIES = load();

        private static String[] load() {
            List<String> entries = new ArrayList<>(200_000);
            try (InputStream raw = BreachedPasswords.class.getResourceAsStream(RESOURCE)) {
                if (raw == null) {
                    throw new IllegalStateException(
                            "The list of breached passwords " + RESOURCE + " is missing from the build");
                }
                BufferedReader lines =
                        new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (!line.isBlank()) {
                        entries.addAll(forms(line.strip()));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the list of breached passwords " + RESOURCE, e);
            }
            return entries.stream().sorted().distinct().toArray(String[]::new);
        }
    }
}
