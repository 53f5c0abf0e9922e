package org.hetao.registry.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatabaseDescriptionTest {
    @Test
    void theEmbeddedDatabaseIsNamedByItsFileAndTheDataDirectoryAbsolutely() {
        String line =
                DatabaseDescription.of("jdbc:h2:file:./data/db/registry;DB_CLOSE_ON_EXIT=FALSE", "registry", "./data");
        assertEquals(
                "Database: embedded H2, file "
                        + Path.of("data/db/registry.mv.db").toAbsolutePath() + "; data directory "
                        + Path.of("data").toAbsolutePath(),
                line);
    }

    @Test
    void aPostgresqlUrlLosesItsParametersWhichMayHoldAPassword() {
        String line = DatabaseDescription.database(
                "jdbc:postgresql://db.example.org:5432/registry?password=secret&ssl=true", "registry");
        assertEquals("Database: PostgreSQL db.example.org:5432/registry as registry", line);
        assertFalse(DatabaseDescription.database("jdbc:other://h/x?password=secret", "u")
                .contains("secret"));
    }

    @Test
    void noUrlIsSaid() {
        assertEquals("Database: none configured (registry.db.url)", DatabaseDescription.database(" ", "registry"));
    }
}
