package org.hetao.registry.demo;

import java.util.List;
import java.util.function.ToLongFunction;
import org.hetao.registry.access.Role;
import org.hetao.registry.account.AccountDetails;

/**
 * One demo account per role, with fixed passwords stated in the README. They are for trying the
 * registry out: anyone who reads the README can sign in with them.
 */
public final class DemoAccounts {
    /** A demo account; a TTO acts for the institution with the given short name. */
    public record Account(String username, String password, Role role, String institution) {}

    public static final List<Account> ACCOUNTS = List.of(
            new Account("demo-admin", "Lok-Ma-Chau-Admin-2026", Role.ADMIN, null),
            new Account("demo-tto-hku", "Pok-Fu-Lam-Office-2026", Role.TTO, "HKU"),
            new Account("demo-tto-sustech", "Nanshan-Office-2026", Role.TTO, "SUSTech"),
            new Account("demo-investor", "Loop-Investor-2026", Role.INVESTOR, null),
            new Account("demo-legal", "Bridge-Counsel-2026", Role.LEGAL, null));

    private DemoAccounts() {}

    /** The account as the account service takes it, with the TTO's institution resolved to its id. */
    static AccountDetails details(Account a, ToLongFunction<String> institutionId) {
        Long institution = a.institution() == null ? null : institutionId.applyAsLong(a.institution());
        return new AccountDetails(a.username(), a.password(), a.role(), institution, true, null);
    }
}
