package org.hetao.registry.api.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.hetao.registry.common.RequestTooLargeException;

/** A request body that fails with {@link RequestTooLargeException} once more than its limit has been read. */
final class LimitedInputStream extends FilterInputStream {
    private final long limit;
    private long read;

    LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    private void count(long n) {
        read += n;
        if (read > limit) {
            throw new RequestTooLargeException(limit);
        }
    }

    /** The body-too-large failure somewhere in a chain of causes (a JSON reader wraps what its stream throws). */
    static RequestTooLargeException cause(Throwable t) {
        return Causes.find(t, RequestTooLargeException.class);
    }
}
