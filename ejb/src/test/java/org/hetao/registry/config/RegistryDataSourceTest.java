package org.hetao.registry.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the data source logs of a URL it could not connect to, and the URLs it refuses. */
class RegistryDataSourceTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "jdbc:h2:file:/var/lib/registry/db/registry|jdbc:h2:file:/var/lib/registry/db/registry",
                "jdbc:h2:file:/data/db;PASSWORD=secret|jdbc:h2:file:/data/db",
                "jdbc:postgresql://db:5432/registry?password=secret&ssl=true|jdbc:postgresql://db:5432/registry",
                "jdbc:postgresql://db/registry?user=r;x|jdbc:postgresql://db/registry"
            })
    void theLoggedUrlStopsBeforeItsSettingsWhichMayHoldAPassword(String url, String logged) {
        assertEquals(logged, RegistryDataSource.withoutSettings(url));
    }

    @ParameterizedTest
    @CsvSource({"jdbc:mysql://db/registry", "''"})
    void otherDatabasesAreRefusedWithTheUrlsItTakes(String url) {
        SQLException e = assertThrows(SQLException.class, () -> RegistryDataSource.driverFor(url));
        assertTrue(e.getMessage().contains("jdbc:h2:") || e.getMessage().contains("No database URL"), e::getMessage);
    }
}
