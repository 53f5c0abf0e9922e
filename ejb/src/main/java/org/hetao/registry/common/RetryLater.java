package org.hetao.registry.common;

/** A failure that passes: the same request may succeed after {@link #retryAfterSeconds()}. */
public interface RetryLater {
    long retryAfterSeconds();
}
