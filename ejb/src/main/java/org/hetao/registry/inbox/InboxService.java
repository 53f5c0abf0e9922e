package org.hetao.registry.inbox;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.hetao.registry.access.AccessDeniedException;
import org.hetao.registry.access.AccessGuard;
import org.hetao.registry.access.Caller;
import org.hetao.registry.access.Role;
import org.hetao.registry.common.LocalizedText;
import org.hetao.registry.common.NotFoundException;
import org.hetao.registry.common.Page;
import org.hetao.registry.common.PageRequest;
import org.hetao.registry.institution.Institution;
import org.hetao.registry.institution.InstitutionRepository;
import org.hetao.registry.ipasset.AssetAccess;
import org.hetao.registry.ipasset.IpAsset;
import org.hetao.registry.ipasset.IpAssetRepository;

/**
 * Reads an office's inbox and keeps the caller's read marks. A TTO account reads its own
 * institution's inbox only; an administrator reads any institution's (named) or every office's
 * items together (none named). Other roles have no inbox (the API refuses them). Read marks are the
 * caller's own: another account of the same office keeps its own.
 */
@Stateless
public class InboxService {
    public static final String KIND = "inbox-item";

    @Inject
    InboxRepository inbox;

    @Inject
    AccessGuard access;

    @Inject
    InstitutionRepository institutions;

    @Inject
    IpAssetRepository assets;

    @Inject
    AssetAccess assetAccess;

    /** The caller's inbox, newest first; {@code unreadOnly}: only the items the caller has not read. */
    public Page<InboxEntry> list(Long institutionId, boolean unreadOnly, PageRequest page) {
        Caller c = caller();
        Long scope = scope(c, institutionId);
        Map<Long, Optional<LocalizedText>> titles = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        return inbox.page(scope, c.accountId(), unreadOnly, page)
                .map(e -> new InboxEntry(
                        e.item(),
                        e.read(),
                        e.item().getIpAssetId() == null
                                ? null
                                : titles.computeIfAbsent(e.item().getIpAssetId(), this::readableTitle)
                                        .orElse(null),
                        names.computeIfAbsent(e.item().getInstitutionId(), this::shortName),
                        e.item().getActorInstitutionId() == null
                                ? null
                                : names.computeIfAbsent(e.item().getActorInstitutionId(), this::shortName)));
    }

    /** How many items of the caller's inbox the caller has not read. */
    public long unread(Long institutionId) {
        Caller c = caller();
        return inbox.unread(scope(c, institutionId), c.accountId());
    }

    /** Marks one item read by the caller; an item of another office's inbox is, to a TTO, not there. */
    public void markRead(long itemId) {
        Caller c = caller();
        InboxItem item = inbox.find(itemId).orElseThrow(() -> new NotFoundException(KIND, itemId));
        if (c.role() != Role.ADMIN && !Long.valueOf(item.getInstitutionId()).equals(c.institutionId())) {
            throw new NotFoundException(KIND, itemId);
        }
        inbox.markRead(itemId, c.accountId(), now());
    }

    /** Marks every item of the caller's inbox read by the caller; returns how many were unread. */
    public int markAllRead(Long institutionId) {
        Caller c = caller();
        return inbox.markAllRead(scope(c, institutionId), c.accountId(), now());
    }

    private Caller caller() {
        Caller c = access.caller();
        if (c == null || (c.role() != Role.TTO && c.role() != Role.ADMIN)) {
            throw new AccessDeniedException(
                    "Only the offices of institutions (TTO accounts) and administrators have an inbox");
        }
        return c;
    }

    /** The institution whose inbox the caller reads: a TTO's own; an administrator's named one, or null for every office's. */
    private Long scope(Caller c, Long institutionId) {
        if (c.role() == Role.TTO) {
            if (institutionId != null) {
                access.checkActsFor("institutionId", institutionId);
            }
            return c.institutionId();
        }
        if (institutionId != null) {
            institutions.reference("institutionId", institutionId);
        }
        return institutionId;
    }

    private Optional<LocalizedText> readableTitle(long ipAssetId) {
        Optional<IpAsset> asset = assets.find(ipAssetId);
        if (asset.isEmpty()) {
            return Optional.empty();
        }
        try {
            assetAccess.checkRead(asset.get());
            return Optional.of(asset.get().getTitle());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private String shortName(long institutionId) {
        return institutions.find(institutionId).map(Institution::getShortName).orElse(null);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
