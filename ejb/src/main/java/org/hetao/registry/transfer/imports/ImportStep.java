package org.hetao.registry.transfer.imports;

import java.util.List;
import java.util.Set;
import org.hetao.registry.institution.Jurisdiction;
import org.hetao.registry.transfer.format.RecordKind;

/** What one valid row will do: create, update or skip a record, from the values the row states. */
final class ImportStep {
    final ImportRow row;
    ImportAction action;
    /** The record an update or skip is about. */
    Long existingId;
    /** The negative id that rows later in the file use for the record this row creates. */
    long placeholder;
    /** The row's values: InstitutionDetails, PersonDetails, ParsedRows.ProjectRow, ParsedRows.AssetRow or ParsedRows.OwnershipRow. */
    Object values;
    /** Of an institution row, its aliases; null when the file has no aliases column (an update leaves them as they are). */
    List<String> aliases;
    /** The importer's earlier mapping of this row's reference, if any (it may name a deleted record). */
    ExternalRef mapping;
    /** Of a project row's staff, the jurisdiction of each person's institution. */
    List<Jurisdiction> homes = List.of();
    /** Of an IP asset row, the institutions that take part in its project. */
    Set<Long> parties = Set.of();
    /** How the row's change of an asset's ownership takes effect (null: the row changes no ownership). */
    OwnershipConsent.Decision consent;
    /** The approvals the row records on behalf of owners without an office account. */
    List<org.hetao.registry.proposal.OnBehalf> onBehalf = List.of();
    /** The proposal the import made of the row's ownership change, once written. */
    Long proposalId;
    /** The column an access refusal concerns. */
    String accessColumn = ImportRow.REF;

    ImportStep(ImportRow row) {
        this.row = row;
    }

    RecordKind kind() {
        return row.kind();
    }

    String ref() {
        return row.ref();
    }
}
