package org.hetao.registry.agreement.pdf;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.SecureRandomSpi;

/**
 * A repeatable stream of bytes (SHA-256 of a seed and a counter), used only so that OpenPDF draws
 * the same six-letter font subset prefix ({@code ABCDEF+}) each time the same document is
 * rendered. Not for anything secret.
 */
final class SeededRandom extends SecureRandom {
    private static final long serialVersionUID = 1L;

    SeededRandom(byte[] seed) {
        super(new Spi(seed.clone()), null);
    }

    private static final class Spi extends SecureRandomSpi {
        private static final long serialVersionUID = 1L;
        private final byte[] seed;
        private long counter;

        Spi(byte[] seed) {
            this.seed = seed;
        }

        @Override
        protected void engineSetSeed(byte[] ignored) {
            // the seed is fixed: that is the point
        }

        @Override
        protected void engineNextBytes(byte[] bytes) {
            int filled = 0;
            while (filled < bytes.length) {
                byte[] block = block(counter++);
                int n = Math.min(block.length, bytes.length - filled);
                System.arraycopy(block, 0, bytes, filled, n);
                filled += n;
            }
        }

        @Override
        protected byte[] engineGenerateSeed(int numBytes) {
            byte[] b = new byte[numBytes];
            engineNextBytes(b);
            return b;
        }

        private byte[] block(long n) {
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                sha.update(seed);
                sha.update(ByteBuffer.allocate(Long.BYTES).putLong(n).array());
                return sha.digest();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is required by every Java platform", e);
            }
        }
    }
}
