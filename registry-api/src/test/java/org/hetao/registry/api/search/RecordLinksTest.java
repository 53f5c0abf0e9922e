package org.hetao.registry.api.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.hetao.registry.api.http.WebAddress;
import org.hetao.registry.lucene.DocType;
import org.junit.jupiter.api.Test;

class RecordLinksTest {

    @Test
    void publicAssetPagesCarryTheExportsLanguageInTheUisOwnTags() {
        String web = WebAddress.root(URI.create("https://registry.example.org/api/"), null);
        assertEquals(
                "https://registry.example.org/#/catalogue/42?lang=zh-Hant",
                new RecordLinks(web, "zh-Hant").publicAsset(42));
        assertEquals(
                "https://registry.example.org/#/catalogue/42?lang=zh-Hant",
                new RecordLinks(web, "zh-HK").publicAsset(42));
        assertEquals(
                "https://registry.example.org/#/catalogue/42?lang=zh-Hans",
                new RecordLinks(web, "zh-CN").publicAsset(42));
        assertEquals("https://registry.example.org/#/catalogue/42?lang=en", new RecordLinks(web, null).publicAsset(42));
        assertEquals("https://registry.example.org/#/catalogue/42?lang=en", new RecordLinks(web, "fr").publicAsset(42));
    }

    @Test
    void theConfiguredPublicAddressWinsOverTheRequests() {
        assertEquals(
                "https://registry.example.org/",
                WebAddress.root(URI.create("http://10.0.0.5:8080/api/"), "https://registry.example.org"));
        assertEquals("http://10.0.0.5:8080/", WebAddress.root(URI.create("http://10.0.0.5:8080/api/"), " "));
    }

    @Test
    void signedInPagesFollowTheUisRoutesUnderAnyContextPath() {
        RecordLinks links =
                new RecordLinks(WebAddress.root(URI.create("http://localhost:8080/registry/api/"), null), "en");
        assertEquals("http://localhost:8080/registry/#/ip-assets/7", links.signedIn(DocType.IP_ASSET, 7));
        assertEquals("http://localhost:8080/registry/#/projects/8", links.signedIn(DocType.PROJECT, 8));
        assertEquals("http://localhost:8080/registry/#/people/9", links.signedIn(DocType.PERSON, 9));
        assertEquals("http://localhost:8080/registry/#/admin/institutions/10", links.signedIn(DocType.INSTITUTION, 10));
    }
}
