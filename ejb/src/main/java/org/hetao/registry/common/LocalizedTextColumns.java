package org.hetao.registry.common;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A {@link LocalizedText} as an entity stores it: three columns, English, Traditional and Simplified
 * Chinese. Each entity names its own columns with {@code @AttributeOverrides} on the attributes
 * {@code en}, {@code zhHant} and {@code zhHans} (for example {@code title_en}, {@code title_zh_hant},
 * {@code title_zh_hans}); queries reach a language as {@code title.en}. The value is checked by
 * {@link LocalizedText} before it is stored.
 */
@Embeddable
public class LocalizedTextColumns {
    @Column(name = "en")
    private String en;

    @Column(name = "zh_hant")
    private String zhHant;

    @Column(name = "zh_hans")
    private String zhHans;

    protected LocalizedTextColumns() {}

    private LocalizedTextColumns(LocalizedText text) {
        this.en = text.en();
        this.zhHant = text.zhHant();
        this.zhHans = text.zhHans();
    }

    /** The columns holding {@code text}; null when no language holds text (JPA reads such columns as null). */
    public static LocalizedTextColumns of(LocalizedText text) {
        return text == null || text.isEmpty() ? null : new LocalizedTextColumns(text);
    }

    /** The text the columns hold; every language absent when {@code columns} is null. */
    public static LocalizedText text(LocalizedTextColumns columns) {
        return columns == null
                ? new LocalizedText(null, null, null)
                : new LocalizedText(columns.en, columns.zhHant, columns.zhHans);
    }
}
