package org.hetao.registry.agreement;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Reads the {@code CFF } table of an OpenType font file or of one face of an OpenType collection. */
final class CffTables {
    private CffTables() {
    }

    /** The CFF table of face {@code face} of a {@code .ttc}, or of a single {@code .otf} (face ignored); null if it has none. */
    static byte[] read(Path file, int face) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            byte[] tag = new byte[4];
            f.readFully(tag);
            long sfnt = 0;
            if ("ttcf".equals(new String(tag, StandardCharsets.ISO_8859_1))) {
                f.seek(8);
                int faces = f.readInt();
                if (face < 0 || face >= faces) {
                    throw new IOException(file + " has no face " + face);
                }
                f.seek(12 + 4L * face);
                sfnt = f.readInt() & 0xffffffffL;
            }
            f.seek(sfnt + 4);
            int tables = f.readUnsignedShort();
            for (int i = 0; i < tables; i++) {
                f.seek(sfnt + 12 + 16L * i);
                f.readFully(tag);
                f.readInt();
                long offset = f.readInt() & 0xffffffffL;
                int length = f.readInt();
                if ("CFF ".equals(new String(tag, StandardCharsets.ISO_8859_1))) {
                    byte[] cff = new byte[length];
                    f.seek(offset);
                    f.readFully(cff);
                    return cff;
                }
            }
            return null;
        }
    }
}
