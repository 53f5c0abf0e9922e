package org.hetao.registry.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Which directory of a database URL is watched. */
class StorageSpaceTest {
    @Test
    void theDirectoryOfAnEmbeddedH2Database() {
        assertEquals(
                Path.of("/srv/registry/db").toAbsolutePath(),
                StorageSpace.h2Directory("jdbc:h2:file:/srv/registry/db/registry;MODE=PostgreSQL")
                        .orElseThrow());
        assertEquals(
                Path.of("/srv/registry/db").toAbsolutePath(),
                StorageSpace.h2Directory("jdbc:h2:/srv/registry/db/registry").orElseThrow());
        assertEquals(
                Path.of("data/db").toAbsolutePath(),
                StorageSpace.h2Directory("jdbc:h2:file:./data/db/registry")
                        .orElseThrow()
                        .normalize());
    }

    @Test
    void noDirectoryForDatabasesNotOnThisDisk() {
        assertTrue(StorageSpace.h2Directory("jdbc:h2:mem:test").isEmpty());
        assertTrue(StorageSpace.h2Directory("jdbc:h2:tcp://db:9092/registry").isEmpty());
        assertTrue(StorageSpace.h2Directory("jdbc:postgresql://localhost:5432/registry")
                .isEmpty());
    }
}
