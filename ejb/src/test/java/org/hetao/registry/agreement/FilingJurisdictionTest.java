package org.hetao.registry.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.EnumSet;
import java.util.Set;
import org.hetao.registry.ipasset.AssetType;
import org.junit.jupiter.api.Test;

class FilingJurisdictionTest {

    @Test
    void everyRecordedJurisdictionIsTheAgreementsJurisdictionOfTheSameName() {
        for (org.hetao.registry.ipasset.FilingJurisdiction recorded :
                org.hetao.registry.ipasset.FilingJurisdiction.values()) {
            assertEquals(recorded.name(), FilingJurisdiction.of(recorded).name(), recorded.name());
        }
    }

    @Test
    void macaoIsTheOnlyJurisdictionThatOnlyAnAgreementNames() {
        Set<FilingJurisdiction> reached = EnumSet.noneOf(FilingJurisdiction.class);
        for (org.hetao.registry.ipasset.FilingJurisdiction recorded :
                org.hetao.registry.ipasset.FilingJurisdiction.values()) {
            reached.add(FilingJurisdiction.of(recorded));
        }
        assertEquals(org.hetao.registry.ipasset.FilingJurisdiction.values().length, reached.size());
        assertEquals(EnumSet.of(FilingJurisdiction.MO), EnumSet.complementOf(EnumSet.copyOf(reached)));
    }

    @Test
    void theFrameworkNamesEveryJurisdictionAndEveryAssetTypeInThreeScripts() {
        Framework fw = FrameworkLoader.current();
        for (FilingJurisdiction j : FilingJurisdiction.values()) {
            assertNotNull(fw.label("filingJurisdiction." + j).zhHans(), j.name());
        }
        for (AssetType type : AssetType.values()) {
            assertNotNull(fw.label("assetType." + type).zhHant(), type.name());
        }
    }
}
