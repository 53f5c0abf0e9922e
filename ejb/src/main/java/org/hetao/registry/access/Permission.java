package org.hetao.registry.access;

import java.util.EnumSet;
import java.util.Set;

/**
 * What an operation needs. Every API operation declares one of these; {@link AccessPolicy}
 * is the one place that decides which roles hold it.
 */
public enum Permission {
    /** Read institutions, projects and IP assets (record-by-record visibility applies). */
    REGISTRY_READ(EnumSet.allOf(Role.class)),
    /** Read people, staffing, inventors and ownership: everyone but investors. */
    INTERNAL_READ(EnumSet.of(Role.ADMIN, Role.TTO, Role.LEGAL)),
    /** Create and change people, projects, staffing and IP assets (a TTO only its institution's). */
    REGISTRY_WRITE(EnumSet.of(Role.ADMIN, Role.TTO)),
    /** Import files of records and export an institution's backup (row by row, a TTO only what its institution may write). */
    IMPORT(EnumSet.of(Role.ADMIN, Role.TTO)),
    /** Propose a new ownership version (a TTO only as a current co-owner); it takes effect when every co-owner approved it. */
    OWNERSHIP_WRITE(EnumSet.of(Role.ADMIN, Role.TTO, Role.LEGAL)),
    /** Approve or reject a proposed ownership change (a TTO for its institution; ADMIN on behalf of an institution without an office account). */
    OWNERSHIP_APPROVE(EnumSet.of(Role.ADMIN, Role.TTO)),
    /** Record and update the recordals of ownership versions and agreements (a TTO only where its institution is a party). */
    RECORDAL_WRITE(EnumSet.of(Role.ADMIN, Role.TTO)),
    /** Read an office's inbox and mark its items read (a TTO its own institution's; ADMIN any office's). */
    INBOX_READ(EnumSet.of(Role.ADMIN, Role.TTO)),
    /** Send an enquiry about an asset offered for licensing (an investor). */
    ENQUIRY_SEND(EnumSet.of(Role.INVESTOR)),
    /** Read enquiries: an investor its own, a TTO those on its institution's assets, ADMIN all. */
    ENQUIRY_READ(EnumSet.of(Role.ADMIN, Role.TTO, Role.INVESTOR)),
    /** Take part in an enquiry's thread: messages, and status changes (the investor only withdraws). */
    ENQUIRY_REPLY(EnumSet.of(Role.TTO, Role.INVESTOR)),
    /**
     * Internal notes on an enquiry and a public visitor's new link to it, and the enquiry report: the
     * owners' offices (the report also ADMIN).
     */
    ENQUIRY_NOTE(EnumSet.of(Role.TTO)),
    ENQUIRY_REPORT(EnumSet.of(Role.ADMIN, Role.TTO)),
    /** Read agreements and their PDFs (a TTO only those its institution is a party to). */
    AGREEMENT_READ(EnumSet.of(Role.ADMIN, Role.LEGAL, Role.TTO)),
    /** Draft, edit and discard drafts, issue, record signatures and the signed copy of, and supersede agreements. */
    AGREEMENT_WRITE(EnumSet.of(Role.ADMIN, Role.LEGAL)),
    /** Read the versions of the unified IP framework. */
    FRAMEWORK_READ(EnumSet.of(Role.ADMIN, Role.LEGAL, Role.TTO)),
    /** Publish a new version of the unified IP framework. */
    FRAMEWORK_MANAGE(EnumSet.of(Role.ADMIN)),
    /** Read the audit trail and verify it. */
    AUDIT_READ(EnumSet.of(Role.ADMIN)),
    /** Create, change and delete institutions. */
    INSTITUTION_MANAGE(EnumSet.of(Role.ADMIN)),
    /** Change an institution's public licensing contact (a TTO only its own institution's). */
    INSTITUTION_CONTACT(EnumSet.of(Role.ADMIN, Role.TTO)),
    /** Read and change the runtime settings (the public catalogue, public visitors' enquiries). */
    SETTINGS_MANAGE(EnumSet.of(Role.ADMIN)),
    /** Rebuild the search index and read its state. */
    SEARCH_ADMIN(EnumSet.of(Role.ADMIN)),
    /** Create, change, disable and list accounts. */
    ACCOUNT_MANAGE(EnumSet.of(Role.ADMIN)),
    /** Any signed-in account: its own profile and token. */
    AUTHENTICATED(EnumSet.allOf(Role.class));

    private final Set<Role> roles;

    Permission(Set<Role> roles) {
        this.roles = roles;
    }

    public Set<Role> roles() {
        return roles;
    }
}
