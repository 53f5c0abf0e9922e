package org.hetao.registry.transfer.imports;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hetao.registry.access.AccessDeniedException;
import org.hetao.registry.access.AccessGuard;
import org.hetao.registry.ownership.OwnershipVersion;
import org.hetao.registry.proposal.OnBehalf;

/**
 * Checks the ownership lines of a backup while it is validated. Each line is the next version of
 * an IP asset whose line came earlier in the file, built through {@link OwnershipVersion#first} and
 * {@link OwnershipVersion#next} (shares of exactly 10,000 basis points, dates in order, a reason).
 * A version the registry already holds is skipped when it is the same and an error when it is not
 * (history is never overwritten); a new version is written only by an importer who may record it
 * (an office only as an owner of the version before, or before the first as a party of the project),
 * and it is recorded when every required approval is present, else proposed ({@link OwnershipConsent}:
 * no later line of the asset may follow a proposed one).
 */
final class OwnershipLines {
    /** Where the history of one asset of the file stands. */
    private static final class History {
        final ImportAction assetAction;
        final Set<Long> projectParties;
        final boolean ownersOnAssetLine;
        /** The versions the registry holds, oldest first, read at the first ownership line of an asset it holds. */
        List<OwnershipVersion> registry;

        OwnershipVersion last;
        int lines;
        /** The version of a line this import only proposes (null: none); no later line may follow it. */
        Integer proposed;

        History(ImportAction assetAction, Set<Long> projectParties, boolean ownersOnAssetLine) {
            this.assetAction = assetAction;
            this.projectParties = projectParties;
            this.ownersOnAssetLine = ownersOnAssetLine;
        }
    }

    private final EntityManager em;
    private final AccessGuard access;
    private final String actor;
    private final OwnershipConsent consent;
    private final Map<Long, History> histories = new HashMap<>();

    OwnershipLines(EntityManager em, AccessGuard access, String actor, OwnershipConsent consent) {
        this.em = em;
        this.access = access;
        this.actor = actor;
        this.consent = consent;
    }

    /** Notes a valid asset row: {@code assetId} is its record's id, or its placeholder when the file creates it. */
    void asset(long assetId, ImportStep s) {
        histories.put(assetId, new History(s.action, s.parties, ((ParsedRows.AssetRow) s.values).owners() != null));
    }

    /** Checks an ownership line and decides what it does: create the version, or skip it. */
    void version(RowReader r, ImportStep s, References refs) {
        ParsedRows.OwnershipRow o = ParsedRows.ownership(r, refs);
        List<OnBehalf> onBehalf = ParsedRows.onBehalf(r, refs);
        if (r.ok() && o.assetId() == null) {
            r.error("ip_asset", "is required: the ref of the asset's line");
        }
        if (r.ok() && o.versionNo() == null) {
            r.error("version", "is required: 1 for the first owners, then 2, 3 …");
        }
        if (!r.ok()) {
            return;
        }
        History h = histories.get(o.assetId());
        if (h == null) {
            r.error(
                    "ip_asset",
                    "names no ip-asset line before this one: an asset's ownership versions follow its line in the same file");
            return;
        }
        if (h.ownersOnAssetLine) {
            r.error(
                    "owners",
                    "the asset's line states its owners already: state them either there or in ownership lines, not both");
            return;
        }
        if (h.proposed != null) {
            r.error(
                    "version",
                    "follows version " + h.proposed
                            + ", which this import only proposes (it awaits other institutions' "
                            + "approval): import the later versions once it has taken effect");
            return;
        }
        int expected = h.lines + 1;
        if (o.versionNo() != expected) {
            r.error(
                    "version",
                    "must be " + expected + ": the versions of an asset come in order, oldest first, from 1");
            return;
        }
        s.values = o;
        h.lines = expected;
        OwnershipVersion previous = h.last;
        h.last = previous == null
                ? OwnershipVersion.first(o.assetId(), o.change(), actor)
                : previous.next(o.change(), actor);
        if (h.registry == null) {
            h.registry = h.assetAction == ImportAction.UPDATE
                    ? em.createQuery(
                                    "SELECT v FROM OwnershipVersion v WHERE v.ipAssetId = :a ORDER BY v.versionNo",
                                    OwnershipVersion.class)
                            .setParameter("a", o.assetId())
                            .getResultList()
                    : List.of();
        }
        if (h.assetAction == ImportAction.SKIP) {
            s.action = ImportAction.SKIP;
        } else if (expected <= h.registry.size()) {
            OwnershipVersion held = h.registry.get(expected - 1);
            if (!held.holds(o.change())) {
                r.error(
                        "owners",
                        "version " + expected
                                + " of this asset's ownership in the registry is not the same (owners, shares, date or "
                                + "reason); an ownership history is never overwritten, only continued");
                return;
            }
            s.action = ImportAction.SKIP;
        } else {
            s.accessColumn = "owners";
            Long own = access.ownInstitution();
            if (own != null
                    && !OwnershipVersion.nextWriters(Optional.ofNullable(previous), h.projectParties)
                            .contains(own)) {
                throw new AccessDeniedException(
                        previous == null
                                ? "Only the office of a party of the asset's project may record its first owners"
                                : "Only the office of an owner of version " + previous.getVersionNo()
                                        + " may record version " + expected
                                        + " of this asset's ownership; your institution (" + own
                                        + ") owns no share of version " + previous.getVersionNo());
            }
            if (previous != null && o.assetId() >= 0) {
                // a file transcribes a new asset's history as it was recorded (corrections too); one the registry holds
                // is corrected by proposal
                previous.checkNotBefore(o.change().effectiveFrom());
            }
            s.accessColumn = OwnershipConsent.COLUMN;
            s.consent = consent.decide(
                    o.assetId(),
                    Optional.ofNullable(previous),
                    o.change(),
                    onBehalf,
                    o.assetId() < 0 ? "this IP asset" : "IP asset " + o.assetId());
            s.onBehalf = onBehalf;
            s.action = s.consent.proposed() ? ImportAction.PROPOSE : ImportAction.CREATE;
            if (s.consent.proposed()) {
                h.proposed = expected;
            }
        }
    }
}
