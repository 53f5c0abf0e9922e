package org.hetao.registry.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {
    private final TrustedProxies proxies = TrustedProxies.parse(" 10.0.0.5, 192.168.0.0/24 ,2001:db8::/32");

    @Test
    void readsAddressesAndRanges() {
        assertTrue(proxies.trusts("10.0.0.5"));
        assertFalse(proxies.trusts("10.0.0.6"));
        assertTrue(proxies.trusts("192.168.0.200"));
        assertFalse(proxies.trusts("192.168.1.1"));
        assertTrue(proxies.trusts("2001:db8:0:1::7"));
        assertFalse(proxies.trusts("2001:db9::1"));
        assertFalse(proxies.trusts("not-an-address"));
        assertTrue(TrustedProxies.parse("").isEmpty());
        assertTrue(TrustedProxies.parse(null).isEmpty());
        assertTrue(TrustedProxies.parse("0.0.0.0/0").trusts("203.0.113.9"));
    }

    @Test
    void refusesWhatIsNotALiteralAddressOrRange() {
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("proxy.example.org"));
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("10.0.0.0/33"));
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("10.0.0.0/x"));
    }

    @Test
    void theHeaderIsIgnoredUnlessThePeerIsATrustedProxy() {
        assertEquals("203.0.113.7", proxies.client("203.0.113.7", List.of("198.51.100.1")));
        assertEquals("127.0.0.1", TrustedProxies.parse("").client("127.0.0.1", List.of("198.51.100.1")));
    }

    @Test
    void takesTheRightMostAddressThatIsNotATrustedProxy() {
        assertEquals("198.51.100.1", proxies.client("10.0.0.5", List.of("198.51.100.1")));
        assertEquals(
                "198.51.100.1",
                proxies.client("10.0.0.5", List.of("1.2.3.4, 198.51.100.1, 192.168.0.7")),
                "what the client wrote itself, left of the address our proxy saw, does not count");
        assertEquals("198.51.100.1", proxies.client("10.0.0.5", List.of("1.2.3.4", "198.51.100.1:4711")));
        assertEquals("2001:db9::1", proxies.client("10.0.0.5", List.of("[2001:db9::1]:443")));
        assertEquals(
                "192.168.0.9",
                proxies.client("10.0.0.5", List.of("192.168.0.9, 192.168.0.7")),
                "all trusted: the left-most");
        assertEquals("10.0.0.5", proxies.client("10.0.0.5", List.of(" , ")));
        assertEquals("10.0.0.5", proxies.client("10.0.0.5", List.of()));
    }
}
