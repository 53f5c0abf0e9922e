package org.hetao.registry.config;

import java.nio.file.Path;

/**
 * The one line at start-up that says which database and data directory the registry uses, from the
 * JDBC URL without anything secret (a URL's parameters may carry a password, so they are left out).
 */
final class DatabaseDescription {
    private DatabaseDescription() {}

    static String of(String url, String user, String dataDir) {
        String data = Path.of(dataDir).toAbsolutePath().normalize().toString();
        return database(url, user) + "; data directory " + data;
    }

    static String database(String url, String user) {
        if (url == null || url.isBlank()) {
            return "Database: none configured (registry.db.url)";
        }
        if (url.startsWith("jdbc:h2:file:")) {
            String file = url.substring("jdbc:h2:file:".length()).split(";", 2)[0];
            return "Database: embedded H2, file "
                    + Path.of(file).toAbsolutePath().normalize() + ".mv.db";
        }
        if (url.startsWith("jdbc:h2:")) {
            return "Database: H2 " + url.substring("jdbc:h2:".length()).split(";", 2)[0];
        }
        if (url.startsWith("jdbc:postgresql:")) {
            String where = url.substring("jdbc:postgresql:".length()).split("\\?", 2)[0];
            return "Database: PostgreSQL " + (where.startsWith("//") ? where.substring(2) : where) + " as " + user;
        }
        return "Database: " + url.split("[?;]", 2)[0];
    }
}
