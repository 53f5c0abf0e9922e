package org.hetao.registry.transfer.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.hetao.registry.access.Caller;
import org.hetao.registry.access.Role;

/** One uploaded file and what became of it: its state, its progress and its report. */
@Entity
@Table(name = "import_job")
public class ImportJob {
    public static final String KIND = "import job";
    private static final int MAX_MESSAGE = 1000;

    @Id
    @SequenceGenerator(name = "import_job_id", sequenceName = "registry_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_job_id")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private ImportKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8, updatable = false)
    private ImportFormat format;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private ImportMode mode;

    @Enumerated(EnumType.STRING)
    @Column(name = "on_duplicate", nullable = false, length = 8, updatable = false)
    private OnDuplicate onDuplicate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ImportState state;

    @Column(name = "rows_total", nullable = false)
    private int rowsTotal;

    @Column(name = "rows_done", nullable = false)
    private int rowsDone;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "created_by_account", nullable = false, updatable = false)
    private long createdByAccount;

    @Enumerated(EnumType.STRING)
    @Column(name = "created_by_role", nullable = false, length = 16, updatable = false)
    private Role createdByRole;

    @Column(name = "institution_id", updatable = false)
    private Long institutionId;

    @Column(name = "file_name", length = 200, updatable = false)
    private String fileName;

    @Column(name = "file_bytes", nullable = false, updatable = false)
    private long fileBytes;

    @Column(name = "file_sha256", nullable = false, length = 64, updatable = false)
    private String fileSha256;

    @Column(nullable = false)
    private int attempts;

    @Column(length = MAX_MESSAGE)
    private String message;

    @Column(length = 1_000_000)
    private String report;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "started_at")
    private OffsetDateTime startedAt;

    @Column(name = "finished_at")
    private OffsetDateTime finishedAt;

    protected ImportJob() {}

    public ImportJob(ImportRequest request, Caller caller, StoredUpload upload) {
        this.kind = request.kind();
        this.format = request.format();
        this.mode = request.mode();
        this.onDuplicate = request.onDuplicate();
        this.fileName = request.fileName() == null
                ? null
                : request.fileName()
                        .strip()
                        .substring(0, Math.min(200, request.fileName().strip().length()));
        this.state = ImportState.QUEUED;
        this.createdBy = caller.username();
        this.createdByAccount = caller.accountId();
        this.createdByRole = caller.role();
        this.institutionId = caller.institutionId();
        this.fileBytes = upload.bytes();
        this.fileSha256 = upload.sha256();
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** The account that uploaded the file: the job runs with its rights. */
    public Caller caller() {
        return new Caller(createdByAccount, createdBy, createdByRole, institutionId);
    }

    /** The scope of the external references its rows carry. */
    public String scope() {
        return ExternalRef.scopeOf(institutionId, createdByAccount);
    }

    public boolean visibleTo(Caller c) {
        return c == null || c.role() == Role.ADMIN || c.accountId() == createdByAccount;
    }

    void start() {
        state = ImportState.VALIDATING;
        attempts++;
        rowsDone = 0;
        message = null;
        report = null;
        startedAt = OffsetDateTime.now(ZoneOffset.UTC);
        finishedAt = null;
    }

    void progress(ImportState phase, int total, int done) {
        state = phase;
        rowsTotal = total;
        rowsDone = done;
    }

    void finish(ImportState end, String text, String reportJson) {
        state = end;
        message = text == null ? null : text.substring(0, Math.min(MAX_MESSAGE, text.length()));
        report = reportJson;
        finishedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    void requeue() {
        state = ImportState.QUEUED;
        rowsDone = 0;
    }

    public Long getId() {
        return id;
    }

    public ImportKind getKind() {
        return kind;
    }

    public ImportFormat getFormat() {
        return format;
    }

    public ImportMode getMode() {
        return mode;
    }

    public OnDuplicate getOnDuplicate() {
        return onDuplicate;
    }

    public ImportState getState() {
        return state;
    }

    public int getRowsTotal() {
        return rowsTotal;
    }

    public int getRowsDone() {
        return rowsDone;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public String getFileName() {
        return fileName;
    }

    public long getFileBytes() {
        return fileBytes;
    }

    public String getFileSha256() {
        return fileSha256;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getMessage() {
        return message;
    }

    public String getReport() {
        return report;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getStartedAt() {
        return startedAt;
    }

    public OffsetDateTime getFinishedAt() {
        return finishedAt;
    }
}
