package org.hetao.registry.api.search;

import org.hetao.registry.lucene.DocType;
import org.hetao.registry.lucene.Language;

/**
 * Absolute addresses of records' pages in the web UI, for files that leave the registry (exports):
 * an IP asset the public catalogue shows links to its public page, in the reader's language, which
 * opens for anyone; every other record to its signed-in page, which opens for those who may read it.
 */
final class RecordLinks {
    private final String root;
    private final Language language;

    /**
     * @param root the web UI's address ({@link org.hetao.registry.api.http.WebAddress})
     * @param language the language of the export, for public pages
     */
    RecordLinks(String root, String language) {
        this.root = root;
        this.language = Language.forDisplay(language);
    }

    /** The public catalogue page of an IP asset. */
    String publicAsset(long id) {
        return root + "#/catalogue/" + id + "?lang=" + language.tag();
    }

    /** The signed-in page of a record. */
    String signedIn(DocType type, long id) {
        return root + "#/"
                + switch (type) {
                    case IP_ASSET -> "ip-assets/";
                    case PROJECT -> "projects/";
                    case PERSON -> "people/";
                    case INSTITUTION -> "admin/institutions/";
                }
                + id;
    }
}
