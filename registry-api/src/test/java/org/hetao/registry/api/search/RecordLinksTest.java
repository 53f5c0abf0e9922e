package org.hetao.registry.api.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.hetao.registry.search.DocType;
import org.junit.jupiter.api.Test;

class RecordLinksTest {

    @Test
    void publicAssetPagesCarryTheExportsLanguageInTheUisOwnTags() {
        URI api = URI.create("https://registry.example.org/api/");
        assertEquals("https://registry.example.org/#/catalogue/42?lang=zh-Hant", new RecordLinks(api, "zh-Hant").publicAsset(42));
        assertEquals("https://registry.example.org/#/catalogue/42?lang=zh-Hant", new RecordLinks(api, "zh-HK").publicAsset(42));
        assertEquals("https://registry.example.org/#/catalogue/42?lang=zh-Hans", new RecordLinks(api, "zh-CN").publicAsset(42));
        assertEquals("https://registry.example.org/#/catalogue/42?lang=en", new RecordLinks(api, null).publicAsset(42));
        assertEquals("https://registry.example.org/#/catalogue/42?lang=en", new RecordLinks(api, "fr").publicAsset(42));
    }

    @Test
    void signedInPagesFollowTheUisRoutesUnderAnyContextPath() {
        RecordLinks links = new RecordLinks(URI.create("http://localhost:8080/registry/api/"), "en");
        assertEquals("http://localhost:8080/registry/#/ip-assets/7", links.signedIn(DocType.IP_ASSET, 7));
        assertEquals("http://localhost:8080/registry/#/projects/8", links.signedIn(DocType.PROJECT, 8));
        assertEquals("http://localhost:8080/registry/#/people/9", links.signedIn(DocType.PERSON, 9));
        assertEquals("http://localhost:8080/registry/#/admin/institutions/10", links.signedIn(DocType.INSTITUTION, 10));
    }
}
