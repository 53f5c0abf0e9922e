package org.hetao.registry.web;

import static org.hetao.registry.web.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.hetao.registry.web.support.Api;
import org.hetao.registry.web.support.RegistryDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Password guessing against the token endpoint: concurrent guesses cannot overtake the limit, and an
 * address that tries many unknown usernames does not lock out the other people behind it. The tests
 * run with the loopback addresses as trusted proxies (arquillian.xml), so that X-Forwarded-For
 * stands for clients at other addresses.
 */
@ExtendWith(ArquillianExtension.class)
class SignInThrottleIT {
    private static final String PASSWORD = "Throttle-Check-2718";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return RegistryDeployment.war();
    }

    @ArquillianResource
    URL base;

    private Api admin;

    @BeforeEach
    void signIn() {
        admin = new Api(base).asAdmin();
    }

    private String account() {
        String name = "throttle-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(
                201,
                admin.post(
                                "api/accounts",
                                "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\",\"role\":\"LEGAL\"}")
                        .status());
        return name;
    }

    private static String credentials(String username, String password) {
        return "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
    }

    /** A sign-in through the loopback address, which the tests trust as a proxy, as the client the header names. */
    private Api.Reply signIn(String username, String password, String forwardedFor) {
        return signIn(new Api(loopback()), username, password, forwardedFor);
    }

    private static Api.Reply signIn(Api api, String username, String password, String forwardedFor) {
        return api.send(
                "POST",
                "api/auth/token",
                credentials(username, password),
                forwardedFor == null ? Map.of() : Map.of("X-Forwarded-For", forwardedFor));
    }

    private URI loopback() {
        URI b = URI.create(base.toString());
        return URI.create(b.getScheme() + "://127.0.0.1:" + b.getPort()
                + (b.getPath().endsWith("/") ? b.getPath() : b.getPath() + "/"));
    }

    @Test
    void fortyConcurrentWrongGuessesAreAtMostFivePasswordChecks() throws Exception {
        String victim = account();
        ExecutorService pool = Executors.newFixedThreadPool(40);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Api.Reply>> guesses = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String guess = "Wrong-Guess-" + i + "-x";
                guesses.add(pool.submit(() -> {
                    start.await();
                    return signIn(victim, guess, "198.51.100.251");
                }));
            }
            start.countDown();
            int checked = 0;
            int refused = 0;
            for (Future<Api.Reply> g : guesses) {
                Api.Reply r = g.get(120, TimeUnit.SECONDS);
                if (r.status() == 401) {
                    checked++;
                } else {
                    assertProblem(r, 429);
                    assertTrue(Integer.parseInt(r.header("Retry-After")) > 0, r::toString);
                    refused++;
                }
            }
            assertEquals(5, checked, "wrong guesses whose password was checked");
            assertEquals(35, refused);
        } finally {
            pool.shutdownNow();
        }
        Api.Reply locked = signIn(victim, PASSWORD, "198.51.100.251");
        assertProblem(locked, 429);
        assertNotNull(locked.header("Retry-After"));
    }

    @Test
    void anAddressTryingUnknownUsernamesIsLimitedButItsPeopleStillSignIn() {
        String colleague = account();
        String proxied = "198.51.100." + (1 + (int) (Math.random() * 200));
        for (int i = 0; i < 20; i++) {
            assertProblem(signIn("ghost-" + i + "-" + UUID.randomUUID(), "Wrong-Guess-1234", proxied), 401);
        }
        Api.Reply refused = signIn("ghost-more-" + UUID.randomUUID(), "Wrong-Guess-1234", proxied);
        assertProblem(refused, 429);
        assertNotNull(refused.header("Retry-After"));
        assertRefused(
                signIn("ghost-more", "Wrong-Guess-1234", "203.0.113.9, " + proxied),
                429,
                "an address the client wrote itself, left of the one the proxy saw, changes nothing");

        assertEquals(
                200,
                signIn(colleague, PASSWORD, proxied).status(),
                "another account's correct password still signs in");
        assertProblem(signIn(colleague, "Wrong-Guess-1234", proxied), 429);
        assertProblem(signIn("ghost-elsewhere-" + UUID.randomUUID(), "Wrong-Guess-1234", "198.51.100.250"), 401);
        assertEquals(200, signIn(colleague, PASSWORD, null).status(), "the proxy's own address is not locked");
    }

    @Test
    void theHeaderIsIgnoredWhenThePeerIsNotATrustedProxy() {
        String host = URI.create(base.toString()).getHost();
        assumeFalse(
                host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]"),
                "needs a way to the registry from an address other than the trusted loopback one");
        Api direct = new Api(base);
        // Earlier tests in the run may already have spent part of this address's budget of 20 unknown
        // usernames (they too reach the registry from it); each attempt here claims another client.
        Api.Reply r = null;
        int attempts = 0;
        while (attempts <= 20) {
            r = signIn(
                    direct,
                    "ghost-" + attempts + "-" + UUID.randomUUID(),
                    "Wrong-Guess-1234",
                    "198.51.100." + (201 + attempts));
            attempts++;
            if (r.status() != 401) {
                break;
            }
            assertProblem(r, 401);
        }
        assertRefused(
                r,
                429,
                "the peer's own address is limited after at most 20 unknown usernames, whatever clients it names ("
                        + attempts + " attempts)");
        assertRefused(
                signIn(direct, "ghost-more-" + UUID.randomUUID(), "Wrong-Guess-1234", "203.0.113.77"),
                429,
                "a forwarded address from an untrusted peer does not make a new client");
    }

    private static void assertRefused(Api.Reply r, int status, String why) {
        assertEquals(status, r.status(), () -> why + ": " + r);
        assertProblem(r, status);
    }
}
