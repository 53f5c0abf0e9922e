package org.hetao.registry.storage;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Recognises, anywhere in a failure's chain of causes, a write that failed because the disk is
 * full: the operating system's "No space left on device" (ENOSPC) or "Disk quota exceeded"
 * (EDQUOT) in an {@code IOException}, H2's store failing to write its file, PostgreSQL's
 * {@code disk_full} (SQLSTATE 53100).
 */
public final class DiskFull {
    /** The operating system's words for a full disk (ENOSPC), as Java reports them. */
    public static final String NO_SPACE = "No space left on device";

    private static final int MAX_DEPTH = 64;
    private static final List<String> MESSAGES = List.of(
            "no space left on device",
            "disk quota exceeded",
            "not enough space on the disk",
            "there is not enough space");
    /** PostgreSQL: disk_full. */
    private static final String PG_DISK_FULL = "53100";
    /** H2's MVStore: "Writing to ... failed" carries error 2 (DataUtils.ERROR_WRITING_FAILED) in its message. */
    private static final String H2_WRITING_FAILED = "/2]";

    private static final String H2_WRITING_FAILED_TEXT = "mvstoreexception: writing to";

    private DiskFull() {}

    public static boolean isCause(Throwable e) {
        for (Throwable t : chain(e)) {
            if (t instanceof SQLException sql && PG_DISK_FULL.equals(sql.getSQLState())) {
                return true;
            }
            String message = t.getMessage();
            if (message == null) {
                continue;
            }
            String lower = message.toLowerCase(Locale.ROOT);
            if (MESSAGES.stream().anyMatch(lower::contains)) {
                return true;
            }
            // the exception itself, or its text inside another's message (a transaction manager's XAException keeps
            // only that)
            boolean h2Write =
                    (t.getClass().getName().equals("org.h2.mvstore.MVStoreException") && lower.startsWith("writing to"))
                            || lower.contains(H2_WRITING_FAILED_TEXT);
            if (h2Write && lower.contains(H2_WRITING_FAILED)) {
                return true;
            }
        }
        return false;
    }

    private static List<Throwable> chain(Throwable e) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = e; t != null && chain.size() < MAX_DEPTH && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
            for (Throwable s : t.getSuppressed()) {
                if (chain.size() < MAX_DEPTH && !chain.contains(s)) {
                    chain.add(s);
                }
            }
        }
        return chain;
    }
}
