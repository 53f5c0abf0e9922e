package org.hetao.registry.common;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue of stable, machine-readable error codes: the {@code code} of a problem and of each
 * entry of its {@code errors}, with the names of the {@code params} that come with it. Clients phrase
 * an error from its code and params; the English message beside it is for people reading the raw
 * response. A code never changes meaning; docs/api.md lists every one of them.
 */
public enum ErrorCode {
    // --- codes of a whole problem ---------------------------------------------------------------
    INVALID_VALUE(Scope.PROBLEM, "invalid-value", "One or more fields break a rule; see errors[]"),
    BODY_UNREADABLE(Scope.PROBLEM, "body.unreadable", "The request body cannot be read as JSON of the expected shape"),
    NOT_FOUND(Scope.PROBLEM, "not-found", "There is no such record or address (or it is not visible to the caller)"),
    METHOD_NOT_ALLOWED(
            Scope.PROBLEM, "method-not-allowed", "The HTTP method is not allowed at this address", "allowed"),
    NOT_ACCEPTABLE(
            Scope.PROBLEM, "not-acceptable", "The address cannot answer in a media type the request's Accept allows"),
    BAD_REQUEST(Scope.PROBLEM, "bad-request", "The request is malformed (a failure with no narrower code)"),
    UNSUPPORTED_MEDIA_TYPE(
            Scope.PROBLEM, "unsupported-media-type", "The request body has a media type this address does not take"),
    VERSION_MISMATCH(
            Scope.PROBLEM,
            "version-mismatch",
            "The record changed since it was read: read it again and reapply the change"),
    PRECONDITION_REQUIRED(
            Scope.PROBLEM, "precondition-required", "An update must send If-Match with the record's ETag"),
    IF_MATCH_WEAK(Scope.PROBLEM, "if-match.weak", "If-Match sent a weak ETag (W/\"…\"); send the strong ETag"),
    IF_MATCH_MALFORMED(Scope.PROBLEM, "if-match.malformed", "If-Match is not an ETag such as \"3\""),
    UNAUTHENTICATED(Scope.PROBLEM, "unauthenticated", "Sign in first (no token, or it expired or was revoked)"),
    SIGN_IN_FAILED(Scope.PROBLEM, "sign-in-failed", "The username or password is wrong"),
    FORBIDDEN(Scope.PROBLEM, "forbidden", "The caller may not do this"),
    CONFLICT(
            Scope.PROBLEM,
            "conflict",
            "The change conflicts with existing data (a duplicate value, a record still in use)"),
    PROJECT_CODE_TAKEN(Scope.PROBLEM, "conflict.project-code", "Another project already has this code"),
    OPEN_PROPOSAL_EXISTS(Scope.PROBLEM, "conflict.open-proposal", "The asset already has an open ownership proposal"),
    PROPOSAL_DECIDED(Scope.PROBLEM, "conflict.proposal-decided", "The proposal was already decided or withdrawn"),
    ALREADY_APPROVED(Scope.PROBLEM, "conflict.already-approved", "The institution has already approved the proposal"),
    STALE_BASE_VERSION(Scope.PROBLEM, "conflict.stale-base", "The ownership changed since the proposal was made"),
    ENQUIRY_CLOSED(Scope.PROBLEM, "conflict.enquiry-closed", "The enquiry is closed"),
    NO_OWNERS(Scope.PROBLEM, "conflict.no-owners", "The asset has no owner institution to answer an enquiry"),
    TRANSFER_STATUS(
            Scope.PROBLEM,
            "conflict.transfer-status",
            "The transfer's status does not allow this step (see the transfer's status and its next steps)"),
    TRANSFER_ALREADY_APPROVED(
            Scope.PROBLEM, "conflict.transfer-approved", "The institution has already consented to the transfer"),
    PROPOSAL_EXPIRED(Scope.PROBLEM, "proposal-expired", "The proposal expired before every party approved it"),
    CONFIRMATION_LINK_USED(
            Scope.PROBLEM, "confirmation-link-used", "The confirmation link was already used or has expired"),
    PAYLOAD_TOO_LARGE(Scope.PROBLEM, "payload-too-large", "The request body is larger than this request may send"),
    UPLOAD_TOO_LARGE(Scope.PROBLEM, "upload-too-large", "The uploaded file is larger than an import may be"),
    RATE_LIMITED(Scope.PROBLEM, "rate-limited", "Too many requests or attempts; wait for Retry-After seconds"),
    DATABASE_UNAVAILABLE(
            Scope.PROBLEM, "database-unavailable", "The database cannot be reached; nothing was stored; retry later"),
    STORAGE_FULL(Scope.PROBLEM, "storage-full", "The server's disk is full; nothing was stored; retry later"),
    SEARCH_UNAVAILABLE(Scope.PROBLEM, "search-unavailable", "The search index is busy or being rebuilt; retry later"),
    UNAVAILABLE(
            Scope.PROBLEM, "unavailable", "Something the server needs is missing from its installation (e.g. a font)"),
    STARTING(Scope.PROBLEM, "starting", "The registry is starting; retry in a few seconds"),
    STOPPING(Scope.PROBLEM, "stopping", "The registry is stopping; nothing was read or stored; retry in a few seconds"),
    DEMO_DATA_LOADING(
            Scope.PROBLEM,
            "demo-data-loading",
            "The registry is loading its demo data set; nothing was read or stored; retry in a few seconds"),
    INTERNAL_ERROR(Scope.PROBLEM, "internal-error", "An unexpected failure; quote incidentId when reporting it"),

    // --- generic field rules (also those of Bean Validation) -------------------------------------
    REQUIRED(Scope.FIELD, "required", "A value is required (here, or in the situation the message names)"),
    LENGTH(Scope.FIELD, "length", "The text is too long or too short", "min", "max"),
    COUNT(Scope.FIELD, "count", "The list has too many or too few entries", "min", "max"),
    PATTERN(Scope.FIELD, "pattern", "The text does not have the required form", "regexp"),
    RANGE(Scope.FIELD, "range", "The number is outside the allowed range", "min", "max"),
    EMAIL(Scope.FIELD, "email", "Not an e-mail address"),
    CONTACT_REACHABLE(
            Scope.FIELD,
            "contact.reachable",
            "A public contact needs an e-mail address, a telephone number or a web page"),
    PHONE(Scope.FIELD, "phone", "Not a telephone number of 6 to 15 digits"),
    WEB_ADDRESS(
            Scope.FIELD,
            "web-address",
            "Not a web address starting with https:// (or http://), without a user name or password"),
    ONE_OF(Scope.FIELD, "one-of", "Not one of the allowed values", "allowed"),
    DUPLICATE(Scope.FIELD, "duplicate", "The list names the same entry twice", "value"),
    NOT_APPLICABLE(Scope.FIELD, "not-applicable", "The field must be left empty in this situation"),
    MUST_BE_TRUE(Scope.FIELD, "must-be-true", "The field must be true (an acknowledgement)"),
    INVALID(Scope.FIELD, "invalid", "The value breaks a rule not listed here; the message says which"),
    REFERENCE_NOT_FOUND(
            Scope.FIELD, "reference.not-found", "The field names a record that does not exist", "kind", "id"),
    DATE_ORDER(Scope.FIELD, "date.order", "The date is before another date it must not precede", "after", "min"),
    DATE_FORMAT(Scope.FIELD, "date.format", "Not a date such as 2026-11-22"),
    DATE_TIME_FORMAT(Scope.FIELD, "date-time.format", "Not a date-time with offset such as 2026-11-22T08:00:00+08:00"),

    // --- strict JSON bodies and query parameters -------------------------------------------------
    JSON_SYNTAX(Scope.FIELD, "json.syntax", "The body is not JSON"),
    JSON_TYPE(Scope.FIELD, "json.type", "The value has the wrong JSON type", "expected", "allowed"),
    JSON_DUPLICATE_KEY(Scope.FIELD, "json.duplicate-key", "An object names the same property twice"),
    JSON_TRAILING_CONTENT(Scope.FIELD, "json.trailing-content", "There is content after the JSON value"),
    JSON_UNPAIRED_SURROGATE(Scope.FIELD, "json.unpaired-surrogate", "A string holds half of a UTF-16 surrogate pair"),
    JSON_UNKNOWN_PROPERTY(Scope.FIELD, "json.unknown-property", "The object has a property this request does not take"),
    DATE_RANGE(Scope.FIELD, "date.range", "The date is outside the years the registry takes", "min", "max"),
    PARAM_INTEGER(Scope.FIELD, "param.integer", "The query parameter must be a whole number"),
    PARAM_BOOLEAN(Scope.FIELD, "param.boolean", "The query parameter must be true or false"),
    PARAM_RANGE(Scope.FIELD, "param.range", "The query parameter is outside its range", "min", "max"),
    PARAM_ENUM(Scope.FIELD, "param.enum", "The query parameter is not one of the allowed values", "allowed"),
    PAGE_TOO_DEEP(
            Scope.FIELD,
            "page.too-deep",
            "The page is beyond the results that can be paged through; narrow the list",
            "max"),

    // --- shares and amounts ----------------------------------------------------------------------
    SHARES_SUM(Scope.FIELD, "shares.sum", "Shares must sum to exactly 10000 basis points (100.00 %)", "sum"),
    SHARES_DUPLICATE_HOLDER(
            Scope.FIELD, "shares.duplicate-holder", "The same holder is listed twice", "holder", "line"),
    AMOUNT_NEGATIVE(Scope.FIELD, "amount.negative", "The amount is negative"),
    AMOUNT_DECIMALS(Scope.FIELD, "amount.decimals", "The amount has too many decimals", "max"),
    AMOUNT_DIGITS(Scope.FIELD, "amount.digits", "The amount has too many digits before the decimal point", "max"),
    CURRENCY_FORMAT(Scope.FIELD, "currency.format", "Not an ISO 4217 currency code such as HKD"),

    // --- identifiers -----------------------------------------------------------------------------
    ORCID_FORMAT(Scope.FIELD, "orcid.format", "Not an ORCID iD (four groups of four characters)"),
    ORCID_CHECKSUM(
            Scope.FIELD, "orcid.checksum", "The ORCID iD's check character is wrong (a typing mistake)", "expected"),
    ROR_FORMAT(Scope.FIELD, "ror.format", "Not a ROR id (0, six base-32 characters, two digits)"),
    ROR_CHECKSUM(Scope.FIELD, "ror.checksum", "The ROR id's check digits are wrong (a typing mistake)", "expected"),
    PROJECT_CODE_FORMAT(
            Scope.FIELD,
            "project.code-format",
            "Upper-case letters, digits and single hyphens, starting with a letter"),
    FILING_NUMBER_FORMAT(Scope.FIELD, "filing.number-format", "Letters, digits, '.', '/', '-' and spaces only"),
    INSTITUTION_SHORT_NAME_FORMAT(
            Scope.FIELD, "institution.short-name-format", "Letters, digits, spaces and . & ( ) - only"),
    INSTITUTION_COUNTRY_FORMAT(Scope.FIELD, "institution.country-format", "Not an ISO 3166-1 alpha-2 country code"),
    INSTITUTION_COUNTRY_JURISDICTION(
            Scope.FIELD,
            "institution.country-jurisdiction",
            "The country does not match the jurisdiction",
            "expected",
            "jurisdiction"),
    INSTITUTION_COUNTRY_OVERSEAS(
            Scope.FIELD,
            "institution.country-overseas",
            "An overseas institution cannot be in Hong Kong or the Mainland",
            "country"),
    INSTITUTION_ALIAS_FORMAT(
            Scope.FIELD,
            "institution.alias-format",
            "An alias holds letters, digits, spaces and . & ( ) ' - · only, starting with a letter or digit",
            "value"),
    INSTITUTION_ALIAS_SHORT_NAME(
            Scope.FIELD, "institution.alias-short-name", "The alias is the institution's short name already", "value"),

    // --- accounts --------------------------------------------------------------------------------
    USERNAME_FORMAT(Scope.FIELD, "account.username-format", "3-64 lower-case letters, digits, '.', '_' or '-'"),
    USERNAME_FIXED(Scope.FIELD, "account.username-fixed", "A username cannot be changed"),
    ACCOUNT_INSTITUTION_REQUIRED(Scope.FIELD, "account.institution-required", "A TTO account needs its institution"),
    ACCOUNT_INSTITUTION_NOT_APPLICABLE(
            Scope.FIELD, "account.institution-not-applicable", "Only a TTO account acts for an institution"),
    PASSWORD_LENGTH(Scope.FIELD, "password.length", "The password is too short or too long", "min", "max"),
    PASSWORD_CONTAINS_USERNAME(Scope.FIELD, "password.contains-username", "The password contains the username"),
    PASSWORD_CONTAINS_REGISTRY(
            Scope.FIELD, "password.contains-registry-name", "The password contains the registry's name", "word"),
    PASSWORD_CONTAINS_INSTITUTION(
            Scope.FIELD, "password.contains-institution", "The password contains the institution's short name"),
    PASSWORD_FEW_CHARACTERS(
            Scope.FIELD, "password.few-characters", "The password uses too few different characters", "min"),
    PASSWORD_COMMON(Scope.FIELD, "password.common", "The password is among the most commonly used ones"),

    // --- projects and staff ----------------------------------------------------------------------
    PARTICIPANTS_LEAD(Scope.FIELD, "participants.lead", "A project has exactly one LEAD institution"),
    STAFF_WHITE_LIST_REQUIRED(
            Scope.FIELD,
            "staff.white-list-required",
            "Mainland staff working in the Hong Kong park need a white-list registration"),
    WHITE_LIST_STATUS_REQUIRED(
            Scope.FIELD, "white-list.status-required", "White-list dates were given without a status"),
    WHITE_LIST_DATES_REQUIRED(
            Scope.FIELD, "white-list.dates-required", "An approved white-list registration needs both dates"),
    WHITE_LIST_NOT_APPROVED(
            Scope.FIELD,
            "white-list.not-approved",
            "Only an APPROVED white-list registration lets mainland staff work in the Hong Kong park",
            "status"),
    WHITE_LIST_PERIOD_NOT_COVERED(
            Scope.FIELD,
            "white-list.period-not-covered",
            "The white-list registration's validity does not cover the whole staffing period in the Hong Kong park",
            "startDate",
            "endDate"),
    PROJECT_STAFFING_SEPARATE(
            Scope.FIELD, "project.staffing-separate", "Staffing is changed through /api/projects/{id}/staffing"),

    // --- recordals -------------------------------------------------------------------------------
    RECORDAL_TYPE_SUBJECT(
            Scope.FIELD,
            "recordal.type-subject",
            "An ownership version is recorded as an ASSIGNMENT; a licence is recorded on its agreement",
            "allowed"),
    RECORDAL_DATE_STATUS(
            Scope.FIELD,
            "recordal.date-status",
            "A recordal's filed, recorded or refused date goes with the status that reached it",
            "status"),
    RECORDAL_SUBJECT(Scope.FIELD, "recordal.subject", "Name exactly one of ownershipVersionId and agreementId"),

    // --- goods, data and capital crossing the boundary -------------------------------------------
    TRANSFER_SAME_PARK(
            Scope.FIELD,
            "transfer.same-park",
            "A transfer goes from one park of the zone to the other, not within one"),
    TRANSFER_ROUTE(
            Scope.FIELD,
            "transfer.route",
            "The clearance route does not apply to this kind of transfer from this park",
            "allowed"),
    TRANSFER_CLEARANCE_REFERENCE(
            Scope.FIELD,
            "transfer.clearance-reference",
            "A transfer on a clearance route is sent only with the clearance's reference"),
    TRANSFER_NOT_A_PARTY(
            Scope.FIELD, "transfer.not-a-party", "The institution neither sends nor receives the transfer", "allowed"),
    PROJECT_NOT_A_PARTICIPANT(
            Scope.FIELD, "project.not-a-participant", "The institution takes no part in the project", "allowed"),

    // --- IP assets -------------------------------------------------------------------------------
    ASSET_PUBLIC_SUMMARY_REQUIRED(
            Scope.FIELD,
            "ip-asset.public-summary-required",
            "A public asset offered for licensing needs a public summary"),
    FILING_GRANT_NUMBER_REQUIRED(
            Scope.FIELD, "filing.grant-number-required", "A granted filing needs its grant number"),
    FILING_DATE_REQUIRED(
            Scope.FIELD,
            "filing.date-required",
            "The filing date is required once the application has this status",
            "status"),
    FILING_OFFICE_FORMAT(
            Scope.FIELD, "filing.office-format", "Not a two-letter patent office code (CN, HK, US, EP, WO…)"),
    FILING_PRIORITY_LATE(
            Scope.FIELD,
            "filing.priority-late",
            "The priority is older than the Paris Convention's twelve months before the filing date",
            "months",
            "limit"),
    DOCKET_FILING_UNKNOWN(
            Scope.FIELD,
            "docket.filing-unknown",
            "The filing a deadline produced must be one of the asset's filings (its application number)"),
    FILING_NOT_APPLICABLE(
            Scope.FIELD,
            "filing.not-applicable",
            "The field does not apply to this filing's jurisdiction or kind of patent"),

    // --- ownership and proposals -----------------------------------------------------------------
    OWNERSHIP_CORRECTION_REQUIRED(
            Scope.FIELD,
            "ownership.correction-required",
            "The date is before the current version's: an earlier version is recorded as a CORRECTION",
            "min",
            "version"),
    OWNERSHIP_NOT_A_CORRECTION(
            Scope.FIELD,
            "ownership.not-a-correction",
            "A CORRECTION takes effect before the current version; propose a CHANGE",
            "before"),
    ON_BEHALF_DOCUMENT_REQUIRED(
            Scope.FIELD,
            "on-behalf.document-required",
            "An approval on an institution's behalf cites its signed document",
            "institutionId"),
    ON_BEHALF_NOT_AN_APPROVER(
            Scope.FIELD,
            "on-behalf.not-an-approver",
            "The institution's approval is not needed for this change",
            "institutionId",
            "required"),
    ON_BEHALF_RESTORE(
            Scope.FIELD, "on-behalf.restore", "A restore of a backup records approvals as the backup holds them"),

    // --- agreements ------------------------------------------------------------------------------
    AGREEMENT_NOT_A_PARTY(Scope.FIELD, "agreement.not-a-party", "The code names no party of the agreement", "party"),
    AGREEMENT_NOT_AN_OWNER(Scope.FIELD, "agreement.not-an-owner", "The party is not an owner of the results", "party"),
    AGREEMENT_LEAD_SOLE_OWNER(
            Scope.FIELD,
            "agreement.lead-sole-owner",
            "When the lead party owns and licenses it must be the only owner"),
    AGREEMENT_CONSENT_ALL_OWNERS(
            Scope.FIELD, "agreement.consent-all-owners", "This act needs all owners' consent under both laws"),
    AGREEMENT_CONSENT_COMBINATION(
            Scope.FIELD,
            "agreement.consent-combination",
            "An owner free to license others must also be free to use the results"),
    AGREEMENT_NO_DELAY(
            Scope.FIELD, "agreement.publication-no-delay", "The delay must be 0 when publication may not be delayed"),
    AGREEMENT_LANGUAGE_PREVAILING(
            Scope.FIELD,
            "agreement.prevailing-language",
            "The prevailing version must be one of the agreement's languages",
            "allowed"),
    AGREEMENT_SEAT_CITY(Scope.FIELD, "agreement.seat-city", "The seat must be a city", "allowed"),
    AGREEMENT_WARNINGS_UNACKNOWLEDGED(
            Scope.FIELD,
            "agreement.warnings-unacknowledged",
            "The draft leaves points silent on which the two laws differ; acknowledge them",
            "warnings"),
    AGREEMENT_SIGNATORIES_MISSING(
            Scope.FIELD, "agreement.signatories-missing", "Name who signs for every party", "missing"),
    AGREEMENT_ASSET_REVISED(Scope.FIELD, "agreement.asset-revised", "A later revision is about the same IP asset"),
    AGREEMENT_SIGNED_COPY_NOT_PDF(
            Scope.FIELD, "agreement.signed-copy-not-pdf", "The signed copy is not a PDF that can be read"),
    AGREEMENT_CHINESE_NAME_REQUIRED(
            Scope.FIELD,
            "agreement.chinese-name-required",
            "A party needs its Chinese legal name as well as the English one"),
    FRAMEWORK_TEXT_MISSING(
            Scope.FIELD,
            "framework.text-missing",
            "A new framework version needs every text of the previous one",
            "version"),
    FRAMEWORK_PLACEHOLDERS(
            Scope.FIELD, "framework.placeholders", "The text must use the same placeholders", "expected", "actual"),
    FRAMEWORK_UNREADABLE(Scope.FIELD, "framework.unreadable", "The framework document cannot be read"),
    FRAMEWORK_VERSION(Scope.FIELD, "framework.version", "A new framework version follows the newest one", "expected"),

    // --- enquiries, searches, imports ------------------------------------------------------------
    ENQUIRY_REASON_REQUIRED(Scope.FIELD, "enquiry.reason-required", "A declined enquiry names its reason", "allowed"),
    ENQUIRY_REASON_TEXT_REQUIRED(Scope.FIELD, "enquiry.reason-text-required", "The reason OTHER needs a text"),
    ENQUIRY_REASON_NOT_APPLICABLE(
            Scope.FIELD, "enquiry.reason-not-applicable", "Only a declined enquiry takes a reason"),
    SEARCH_QUERY_LIMIT(
            Scope.FIELD,
            "search.query-limit",
            "The query would be too expensive: too many words or wildcards, or a wildcard after too few characters"),
    SEARCH_UNKNOWN_FACET(Scope.FIELD, "search.unknown-facet", "Not a facet of the search", "allowed"),
    SEARCH_TOO_MANY_FILTERS(Scope.FIELD, "search.too-many-filters", "Too many filter values are selected", "max"),
    IMPORT_RESTORE_VERSION(
            Scope.FIELD, "import.restore-version", "A restore of a backup keeps its versions: leave the column empty");

    /** Whether a code names a whole problem or one entry of its {@code errors}. */
    public enum Scope {
        PROBLEM,
        FIELD
    }

    private final Scope scope;
    private final String code;
    private final String meaning;
    private final List<String> params;

    ErrorCode(Scope scope, String code, String meaning, String... params) {
        this.scope = scope;
        this.code = code;
        this.meaning = meaning;
        this.params = List.of(params);
    }

    public Scope scope() {
        return scope;
    }

    /** The stable code as clients see it, e.g. {@code shares.sum}. */
    public String code() {
        return code;
    }

    /** What the code means, in one line. */
    public String meaning() {
        return meaning;
    }

    /** The names of the params this code may come with (each may be absent when it does not apply). */
    public List<String> params() {
        return params;
    }

    public static Optional<ErrorCode> of(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }

    @Override
    public String toString() {
        return code;
    }
}
