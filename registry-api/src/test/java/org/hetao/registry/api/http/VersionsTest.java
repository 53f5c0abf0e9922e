package org.hetao.registry.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.hetao.registry.common.StaleVersionException;
import org.junit.jupiter.api.Test;

class VersionsTest {
    private final AtomicInteger reads = new AtomicInteger();
    private final LongSupplier current = () -> {
        reads.incrementAndGet();
        return 7;
    };

    @Test
    void aStrongTagNamesTheVersionWithoutReadingTheRecord() {
        assertEquals(3, Versions.expected("\"3\"", current));
        assertEquals(0, reads.get());
    }

    @Test
    void aStarMatchesTheCurrentVersion() {
        assertEquals(7, Versions.expected(" * ", current));
        assertEquals(1, reads.get());
    }

    @Test
    void aListMatchesWhenOneOfItsTagsIsCurrent() {
        assertEquals(7, Versions.expected("\"5\", \"7\"", current));
        assertEquals(
                5,
                Versions.expected("\"5\",\"6\"", current),
                "none current: the first, which the update refuses as stale");
        assertEquals(7, Versions.expected("W/\"7\", \"7\"", current));
    }

    @Test
    void weakTagsNeverMatch() {
        IfMatchException e = assertThrows(IfMatchException.class, () -> Versions.expected("W/\"7\"", current));
        assertEquals(412, e.problem().status());
        assertEquals("if-match.weak", e.problem().code());
        assertEquals(
                412,
                assertThrows(IfMatchException.class, () -> Versions.expected("W/\"1\", W/\"2\"", current))
                        .problem()
                        .status());
    }

    @Test
    void aTagThatIsNoVersionIsStale() {
        assertThrows(StaleVersionException.class, () -> Versions.expected("\"abc\"", current));
    }

    @Test
    void malformedHeadersAreRefused() {
        for (String bad : new String[] {"7", "\"7", "W/7", "\"7\" \"8\"", ",", "*, \"1\"", "\"a b\""}) {
            IfMatchException e = assertThrows(IfMatchException.class, () -> Versions.expected(bad, current), bad);
            assertEquals(400, e.problem().status(), bad);
            assertEquals("if-match.malformed", e.problem().code(), bad);
        }
    }

    @Test
    void aMissingHeaderIsPreconditionRequired() {
        assertThrows(PreconditionRequiredException.class, () -> Versions.expected(null, current));
        assertThrows(PreconditionRequiredException.class, () -> Versions.expected(" ", current));
    }
}
