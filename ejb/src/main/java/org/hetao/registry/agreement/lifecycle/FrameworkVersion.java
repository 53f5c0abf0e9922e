package org.hetao.registry.agreement.lifecycle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.hetao.registry.common.Checks;

/** A published version of the unified IP framework: its JSON document as published, which never changes. */
@Entity
@Table(name = "framework_version")
public class FrameworkVersion {
    public static final String KIND = "framework";

    @Id
    @Column(name = "version", updatable = false)
    private int number;

    @Column(name = "published_on", nullable = false, updatable = false)
    private LocalDate publishedOn;

    @Column(name = "published_at", nullable = false, updatable = false)
    private OffsetDateTime publishedAt;

    @Column(name = "published_by", nullable = false, length = 64, updatable = false)
    private String publishedBy;

    @Column(nullable = false, length = 1000000, updatable = false)
    private String content;

    protected FrameworkVersion() {}

    /** {@code publishedOn} is the date the document states; {@code now} when it was published here. */
    public FrameworkVersion(int number, LocalDate publishedOn, String content, String publishedBy, Instant now) {
        this.number = number;
        this.publishedOn = Checks.require("published", publishedOn);
        this.content = Checks.require("content", content);
        this.publishedBy = Checks.requireText("publishedBy", publishedBy, 64);
        this.publishedAt = now.atOffset(ZoneOffset.UTC);
    }

    /** The audit trail's view of a publication (the document itself is kept here). */
    public record Published(int version, LocalDate published, String publishedBy, int characters) {}

    public Published record() {
        return new Published(number, publishedOn, publishedBy, content.length());
    }

    public int getNumber() {
        return number;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    /** The JSON document, exactly as published. */
    public String getContent() {
        return content;
    }
}
