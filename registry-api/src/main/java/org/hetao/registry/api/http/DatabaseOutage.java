package org.hetao.registry.api.http;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.logging.Logger;
import org.hetao.registry.common.ErrorCode;

/**
 * Recognises a failure that means "the database cannot be reached right now" — a refused or broken
 * connection, a server shutting down or restarting, a pool with no connection to hand out within its
 * wait time — and answers it 503 with {@code Retry-After} and the code {@code database-unavailable}: the request was
 * fine and nothing was stored; the same request may be sent again.
 */
final class DatabaseOutage {
    static final String CODE = ErrorCode.DATABASE_UNAVAILABLE.code();
    static final int RETRY_AFTER_SECONDS = 5;

    /** PostgreSQL: admin shutdown, crash shutdown, cannot connect now, too many connections. */
    private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03", "53300");
    /** H2: connection broken, database closed, database called at shutdown. */
    private static final Set<String> H2_CLOSED = Set.of("90067", "90098", "90121");

    private static final Logger LOG = Logger.getLogger(DatabaseOutage.class.getName());
    private static final LogSampler LINES = new LogSampler(Duration.ofSeconds(10), Clock.systemUTC());

    private DatabaseOutage() {}

    /** One warning every ten seconds at most while the outage lasts, with the number of requests it failed. */
    static void log(Throwable e) {
        long heldBack = LINES.admit();
        if (heldBack >= 0) {
            LOG.warning("The database cannot be reached (" + Causes.root(e) + "); answered " + (heldBack + 1)
                    + " request(s) 503 " + CODE + " since the last such line");
        }
    }

    static boolean isCause(Throwable e) {
        for (Throwable t : Causes.of(e)) {
            if (t instanceof SQLException sql && isUnavailable(sql)) {
                return true;
            }
            String name = t.getClass().getName();
            if (name.endsWith("PoolingException")
                    || name.equals("jakarta.resource.ResourceException")
                    || name.equals("jakarta.resource.spi.ResourceAllocationException")) {
                return true;
            }
            if (t.getMessage() != null && t.getMessage().startsWith("Error in allocating a connection")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUnavailable(SQLException sql) {
        String state = sql.getSQLState();
        if (state == null) {
            return false;
        }
        return state.startsWith("08") || SERVER_GOING_AWAY.contains(state) || H2_CLOSED.contains(state);
    }

    static Response response() {
        Problem problem = Problem.of(
                        503,
                        Problems.title(503),
                        "The database cannot be reached at the moment, so nothing was read or stored; send the request again in a few seconds")
                .withCode(CODE);
        return Response.fromResponse(Problems.response(problem))
                .header("Retry-After", RETRY_AFTER_SECONDS)
                .build();
    }
}
