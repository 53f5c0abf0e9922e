package org.hetao.registry.agreement.pdf.cff;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the {@code CFF } table of an OpenType font file or of one face of an OpenType collection.
 * {@link #face} keeps each table read, with its font name, for later renderings: a Noto Sans CJK
 * collection's faces share one CFF table of about 17 MB, which is then read and parsed once.
 */
final class CffTables {
    /** A face's CFF table and the name of its (first) font; never modified. */
    record Face(byte[] cff, String name) {}

    private static final Map<String, Face> FACES = new ConcurrentHashMap<>();
    private static final Map<String, Face> BY_TABLE = new ConcurrentHashMap<>();

    private CffTables() {}

    /** The CFF table of face {@code face} of {@code file} with its font name, read once per file version; null if it has none. */
    static Face face(Path file, int face) throws IOException {
        String key = file.toAbsolutePath() + "|" + Files.size(file) + "|"
                + Files.getLastModifiedTime(file).toMillis() + "|";
        Face cached = FACES.get(key + face);
        if (cached != null) {
            return cached;
        }
        long[] where = new long[2];
        byte[] cff = read(file, face, where);
        if (cff == null) {
            return null;
        }
        // faces of a collection that share the table share the bytes
        Face f = BY_TABLE.computeIfAbsent(
                key + "@" + where[0] + "+" + where[1], k -> new Face(cff, CffSubset.fontName(cff)));
        FACES.put(key + face, f);
        return f;
    }

    /** The CFF table of face {@code face} of a {@code .ttc}, or of a single {@code .otf} (face ignored); null if it has none. */
    static byte[] read(Path file, int face) throws IOException {
        return read(file, face, new long[2]);
    }

    /** As {@link #read(Path, int)}; sets {@code where} to the table's offset and length in the file. */
    private static byte[] read(Path file, int face, long[] where) throws IOException {
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
                    where[0] = offset;
                    where[1] = length;
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
