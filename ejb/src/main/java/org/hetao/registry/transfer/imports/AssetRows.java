package org.hetao.registry.transfer.imports;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hetao.registry.access.AccessDeniedException;
import org.hetao.registry.common.RegistryClock;
import org.hetao.registry.ipasset.IpAsset;
import org.hetao.registry.ownership.OwnershipRepository;
import org.hetao.registry.ownership.OwnershipVersion;
import org.hetao.registry.project.Project;
import org.hetao.registry.proposal.OnBehalf;
import org.hetao.registry.transfer.format.RecordKind;

/**
 * Checks an IP asset row: its values and owners, that the importer may write to its project (and, for
 * an existing asset, that it is a writer of the asset), and how a change of its owners takes effect
 * (the co-owners' consent, {@link OwnershipConsent}).
 */
final class AssetRows {
    private final RowChecks checks;
    private final OwnershipConsent consent;
    private final String actor;

    AssetRows(RowChecks checks, OwnershipConsent consent, String actor) {
        this.checks = checks;
        this.consent = consent;
        this.actor = actor;
    }

    void check(RowReader r, ImportStep s) {
        ParsedRows.AssetRow a = ParsedRows.asset(r, checks.references);
        if (!r.ok()) {
            return;
        }
        IpAsset candidate = new IpAsset(a.details());
        if (a.owners() != null) {
            OwnershipVersion.first(0L, a.owners(), actor);
        }
        long projectId = candidate.getProjectId();
        Set<Long> parties = new HashSet<>();
        if (projectId < 0) {
            parties.addAll(checks.created.parties(projectId));
        } else {
            // a reference to a project the importer may not read was not found (find)
            parties.addAll(checks.em.find(Project.class, projectId).parties());
        }
        s.accessColumn = "project";
        checks.access.checkWrite(Project.KIND, projectId, parties);
        s.parties = parties;
        Long existing = checks.existing(s, RecordKind.IP_ASSET, null);
        List<OnBehalf> onBehalf = ParsedRows.onBehalf(r, checks.references);
        if (!r.ok()) {
            return;
        }
        if (a.owners() == null && !onBehalf.isEmpty()) {
            r.error(OwnershipConsent.COLUMN, "approves a change of ownership: state the owners too");
            return;
        }
        if (existing == null) {
            if (a.owners() != null) {
                s.accessColumn = OwnershipConsent.COLUMN;
                s.consent = consent.decide(-1, Optional.empty(), a.owners(), onBehalf, "this IP asset");
                s.onBehalf = onBehalf;
                s.accessColumn = "project";
            }
            checks.decide(s, null, a);
            return;
        }
        changed(s, a, existing, parties, onBehalf);
    }

    /** An existing asset: the importer must be one of its writers, and a change of owners needs their consent. */
    private void changed(
            ImportStep s, ParsedRows.AssetRow a, long existing, Set<Long> parties, List<OnBehalf> onBehalf) {
        IpAsset current = checks.em.find(IpAsset.class, existing);
        // the owners in force today (OwnershipTimeline's rule)
        Optional<OwnershipVersion> owners =
                OwnershipRepository.timeline(checks.em, existing).inForceOn(LocalDate.now(RegistryClock.ZONE));
        Set<Long> writers = new HashSet<>(
                checks.em.find(Project.class, current.getProjectId()).parties());
        owners.ifPresent(v -> writers.addAll(v.owners()));
        checks.access.checkWrite(IpAsset.KIND, existing, writers);
        if (!checks.decide(s, existing, a)) {
            return;
        }
        if (a.owners() != null) {
            s.accessColumn = "owners";
            Long own = checks.access.ownInstitution();
            if (own != null && !OwnershipVersion.nextWriters(owners, parties).contains(own)) {
                throw new AccessDeniedException(
                        "Only a current co-owner's office may change the ownership of IP asset " + existing);
            }
            owners.ifPresent(v -> v.checkNotBefore(a.owners().effectiveFrom()));
            if (owners.isEmpty() || !owners.get().holds(a.owners())) { // the same owners again add no version
                s.accessColumn = OwnershipConsent.COLUMN;
                s.consent = consent.decide(existing, owners, a.owners(), onBehalf, "IP asset " + existing);
                s.onBehalf = onBehalf;
            }
        }
    }
}
