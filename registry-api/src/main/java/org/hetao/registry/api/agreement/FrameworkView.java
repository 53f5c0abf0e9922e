package org.hetao.registry.api.agreement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hetao.registry.agreement.Framework;
import org.hetao.registry.agreement.lifecycle.FrameworkVersion;
import org.hetao.registry.api.common.TextView;

/** A published version of the unified IP framework; {@code current} marks the one new agreements are made under. */
@Schema(name = "FrameworkView")
public record FrameworkView(
        int version,
        LocalDate published,
        TextView title,
        OffsetDateTime publishedAt,
        String publishedBy,
        boolean current) {

    public static FrameworkView of(FrameworkVersion v, Framework fw, boolean current) {
        return new FrameworkView(
                v.getNumber(),
                v.getPublishedOn(),
                TextView.of(fw.title()),
                v.getPublishedAt(),
                v.getPublishedBy(),
                current);
    }
}
