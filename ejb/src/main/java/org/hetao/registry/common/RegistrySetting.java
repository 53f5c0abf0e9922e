package org.hetao.registry.common;

import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Every configuration key of the registry, with its default. Values come from MicroProfile Config,
 * so each key can be overridden by a system property or by the environment variable named in
 * {@link #environmentVariable()} (for example {@code REGISTRY_DATA_DIR}). The defaults are repeated
 * in {@code META-INF/microprofile-config.properties}, which a test keeps in step with this list.
 */
public enum RegistrySetting {
    PORT(
            "registry.port",
            "8080",
            "HTTP port; read by the launcher when the uber-jar starts (REGISTRY_PORT or --port)."),
    DATA_DIR("registry.data.dir", "./data", "Directory for the embedded H2 database and the search index."),
    DB_URL(
            "registry.db.url",
            "jdbc:h2:file:${registry.data.dir}/db/registry",
            "JDBC URL; jdbc:h2:... (default, embedded) or jdbc:postgresql://host:port/db."),
    DB_USER("registry.db.user", "registry", "Database user."),
    DB_PASSWORD("registry.db.password", "registry", "Database password."),
    STORAGE_MIN_FREE_MB(
            "registry.storage.min.free.mb",
            "256",
            "Free space, in MB, below which writes are refused (503 storage-full) and the registry reports not ready; "
                    + "checked for the data, database, index and audit directories."),
    DB_WAIT_MILLIS(
            "registry.db.wait.millis",
            "5000",
            "The longest a request waits for a database connection, in milliseconds; then it is answered 503 database-unavailable."),
    ADMIN_PASSWORD(
            "registry.admin.password",
            "",
            "Password of the 'admin' account created on first start; empty: a random one is written once to the log."),
    TOKEN_TTL_MINUTES("registry.token.ttl.minutes", "480", "Lifetime of a bearer token, in minutes."),
    PASSWORD_ITERATIONS(
            "registry.password.iterations",
            "600000",
            "PBKDF2-HMAC-SHA256 iterations for new password hashes (at least 600000)."),
    DEMO("registry.demo", "false", "true: fill an empty registry with the fictional demo data set at start-up."),
    CJK_FONT(
            "registry.cjk.font",
            "",
            "Noto Sans CJK font file (.ttc, .otf or .ttf) for agreement PDFs; empty: the file of Debian's fonts-noto-cjk package."),
    IMPORT_MAX_BYTES(
            "registry.import.max.bytes",
            "52428800",
            "The largest file one import may upload, in bytes (50 MB); larger uploads are refused with 413."),
    SIGNED_COPY_MAX_BYTES(
            "registry.signed.copy.max.bytes",
            "20971520",
            "The largest signed copy of an agreement that may be uploaded, in bytes (20 MB); larger uploads are refused with 413."),
    REQUEST_MAX_BYTES(
            "registry.request.max.bytes",
            "1048576",
            "The largest request body of any other request, in bytes (1 MB); larger bodies are refused with 413 before they are read."),
    SEARCH_TIMEOUT_MS(
            "registry.search.timeout.ms",
            "2000",
            "Time budget of one search, in milliseconds; a search still running when it ends is stopped and answered 503 with Retry-After."),
    SEARCH_EXPENSIVE_CONCURRENCY(
            "registry.search.expensive.concurrency",
            "",
            "How many searches with prefix, wildcard or fuzzy terms may run at once; empty: one per processor. "
                    + "More wait briefly, then are answered 503 with Retry-After."),
    TRUSTED_PROXIES(
            "registry.auth.trusted.proxies",
            "",
            "Reverse proxies whose X-Forwarded-For header names the client, as comma-separated addresses or CIDR ranges; empty: the header is ignored."),
    PUBLIC_CATALOGUE_ENABLED(
            "registry.public.catalogue.enabled",
            "true",
            "true: the licensable catalogue (what an investor may read) is open without sign-in under /api/public; false: those endpoints answer 404. "
                    + "The default until an administrator sets it on the admin page (GET/PUT /api/admin/settings)."),
    PUBLIC_CATALOGUE_REQUESTS_PER_MINUTE(
            "registry.public.catalogue.requests.per.minute",
            "120",
            "Requests to the public catalogue that one client address may make per minute (at least 1); more are answered 429 with Retry-After."),
    VISITOR_ENQUIRIES_ENABLED(
            "registry.visitor.enquiries.enabled",
            "false",
            "true: public visitors may send enquiries about public assets, with an e-mail address they confirm (needs registry.mail.enabled); "
                    + "the default until an administrator sets it on the admin page (GET/PUT /api/admin/settings)."),
    VISITOR_CONFIRMATION_HOURS(
            "registry.visitor.confirmation.hours",
            "24",
            "Hours a public visitor's confirmation link stays valid (at least 1); an enquiry not confirmed by then is never sent."),
    VISITOR_ENQUIRIES_PER_EMAIL_PER_DAY(
            "registry.visitor.enquiries.per.email.per.day",
            "3",
            "Enquiries one e-mail address may ask for as a public visitor in 24 hours, confirmed or not (at least 1); more are answered 429."),
    PUBLIC_URL(
            "registry.public.url",
            "",
            "The registry's address as people open it (e.g. https://registry.example.org/), for the links in e-mails to visitors and digests; "
                    + "empty: the address of the request (set it behind a reverse proxy)."),
    DIGEST_CHECK_SECONDS(
            "registry.digest.check.seconds",
            "3600",
            "Seconds between the checks that send the saved searches' e-mail digests that are due (at least 1)."),
    OWNERSHIP_PROPOSAL_EXPIRY_DAYS(
            "registry.ownership.proposal.expiry.days",
            "30",
            "Days an ownership proposal stays open for approvals (at least 1); after that it expires and must be proposed again."),
    INBOX_EXPIRING_DAYS(
            "registry.inbox.expiring.days",
            "3",
            "Days before an ownership proposal expires that the offices still to approve it get an inbox item (and e-mail) about it; 0: none."),
    INBOX_CHECK_SECONDS(
            "registry.inbox.check.seconds",
            "3600",
            "Seconds between the checks that store the expiry of ownership proposals past their date and tell offices of expiries soon (at least 1)."),
    DOCKET_REMINDER_LEADS(
            "registry.docket.reminder.leads",
            "P3M,P1M,P1W",
            "How long before a patent deadline its owners' offices get an inbox item (and e-mail) about it: ISO-8601 periods, comma-separated; "
                    + "none: no reminders. Each reminder goes once."),
    DOCKET_CHECK_SECONDS(
            "registry.docket.check.seconds",
            "3600",
            "Seconds between the checks that send the reminders of patent deadlines that are due (at least 1)."),
    DOCKET_PCT_MONTHS(
            "registry.docket.pct.months",
            "",
            "PCT national phase months per office that replace the rules file's (e.g. CN=32,EP=31), comma-separated; empty: the rules file's."),
    WHITE_LIST_EXPIRING_DAYS(
            "registry.white.list.expiring.days",
            "30",
            "Days before a cross-boundary white-list registration ends that the office of the employing institution gets an inbox item "
                    + "(and e-mail) about it, when the person goes on working in the Hong Kong park after that day; 0: none. "
                    + "Checked with the proposals' deadlines (registry.inbox.check.seconds)."),
    MAIL_ENABLED(
            "registry.mail.enabled",
            "false",
            "true: inbox items are also sent by e-mail to the accounts of the office that have an e-mail address."),
    MAIL_HOST("registry.mail.host", "localhost", "SMTP server's host name."),
    MAIL_PORT("registry.mail.port", "25", "SMTP server's port (often 587 with starttls, 465 with tls)."),
    MAIL_TLS(
            "registry.mail.tls",
            "starttls",
            "Transport security towards the SMTP server: none, starttls (required: a server that does not offer it is refused) or tls (from the first byte)."),
    MAIL_USERNAME("registry.mail.username", "", "SMTP user name; empty: no authentication."),
    MAIL_PASSWORD("registry.mail.password", "", "SMTP password."),
    MAIL_FROM(
            "registry.mail.from",
            "",
            "Sender address of the e-mails (required when e-mail is on), e.g. Hetao Registry <registry@example.org>."),
    AUDIT_KEY(
            "registry.audit.key",
            "",
            "Secret (at least 32 characters) that keys the audit chain and signs its checkpoints; empty: the key file is used."),
    AUDIT_KEY_FILE(
            "registry.audit.key.file",
            "${registry.data.dir}/keys/audit.key",
            "File holding the audit key when registry.audit.key is empty; made once with a random key (owner-only) if missing."),
    AUDIT_CHECKPOINT_FILE(
            "registry.audit.checkpoint.file",
            "${registry.data.dir}/audit/checkpoints",
            "File to which signed checkpoints of the audit chain's end are appended."),
    AUDIT_CHECKPOINT_RECORDS(
            "registry.audit.checkpoint.records",
            "100",
            "A checkpoint of the audit chain is written at the latest after this many records (and at start-up and shutdown)."),
    AUDIT_CHECKPOINT_SECONDS(
            "registry.audit.checkpoint.seconds",
            "60",
            "A checkpoint of the audit chain is written at the latest this many seconds after the chain grew."),
    TIME_ZONE(
            "registry.time.zone",
            "Asia/Hong_Kong",
            "The zone's time zone (an IANA name such as Asia/Hong_Kong or Asia/Shanghai): what \"today\" is for ownership dates, "
                    + "statistics, digests, imports and the web interface's dates and times."),
    STOP_DRAIN_SECONDS(
            "registry.stop.drain.seconds",
            "20",
            "On SIGTERM, the longest the requests already running may take to finish, in seconds, before the server stops under them; "
                    + "new requests are answered 503 stopping meanwhile.");

    private final String key;
    private final String defaultValue;
    private final String description;

    RegistrySetting(String key, String defaultValue, String description) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.description = description;
    }

    public String key() {
        return key;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }

    /** The environment variable that overrides this key, by MicroProfile Config's mapping rules. */
    public String environmentVariable() {
        return key.toUpperCase(java.util.Locale.ROOT).replace('.', '_');
    }

    public String value() {
        return optional().orElse(defaultValue);
    }

    public Optional<String> optional() {
        Config config;
        try {
            config = ConfigProvider.getConfig(RegistrySetting.class.getClassLoader());
        } catch (IllegalStateException | java.util.ServiceConfigurationError | NoClassDefFoundError noImplementation) {
            // Outside the server (plain tools and tests) there is no MicroProfile Config
            // implementation, or not even its API: read its first two sources, in its order.
            String value = System.getProperty(key);
            return Optional.ofNullable(value != null ? value : System.getenv(environmentVariable()))
                    .filter(v -> !v.isBlank());
        }
        return config.getOptionalValue(key, String.class).filter(v -> !v.isBlank());
    }

    public int intValue() {
        return Integer.parseInt(value().trim());
    }

    public boolean booleanValue() {
        return Boolean.parseBoolean(value().trim());
    }
}
