package org.hetao.registry.savedsearch;

import java.time.OffsetDateTime;
import org.hetao.registry.lucene.DocType;

/**
 * A record a saved search found, as its owner may see it now.
 *
 * @param type the record's type
 * @param id the record's id
 * @param title its title in the search's language (else the closest one)
 * @param summary the best matching passage, else the title
 * @param createdAt when the record was registered
 * @param updatedAt when it last changed
 * @param isNew registered after the owner's last visit to the search's results
 */
public record FoundRecord(
        DocType type,
        long id,
        String title,
        String summary,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        boolean isNew) {}
