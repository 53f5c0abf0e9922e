package org.hetao.registry.api.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.hetao.registry.common.RequestTooLargeException;
import org.junit.jupiter.api.Test;

class LimitedInputStreamTest {
    @Test
    void aBodyUpToTheLimitIsReadWhole() throws IOException {
        byte[] body = new byte[1024];
        try (InputStream in = new LimitedInputStream(new ByteArrayInputStream(body), 1024)) {
            assertArrayEquals(body, in.readAllBytes());
        }
    }

    @Test
    void oneByteMoreFails() {
        InputStream in = new LimitedInputStream(new ByteArrayInputStream(new byte[1025]), 1024);
        assertThrows(RequestTooLargeException.class, in::readAllBytes);
    }

    @Test
    void theFailureIsFoundUnderTheWrappersOfAJsonReader() {
        RequestTooLargeException tooLarge = new RequestTooLargeException(10);
        Throwable wrapped =
                new IllegalStateException("reader failed", new UncheckedIOException(new IOException("io", tooLarge)));
        assertSame(tooLarge, LimitedInputStream.cause(wrapped));
    }
}
