package org.hetao.registry.docket;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hetao.registry.access.AccessGuard;
import org.hetao.registry.audit.AuditAction;
import org.hetao.registry.audit.ChangeRecorder;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;
import org.hetao.registry.common.NotFoundException;
import org.hetao.registry.common.RegistryClock;
import org.hetao.registry.common.RegistrySetting;
import org.hetao.registry.ipasset.AssetAccess;
import org.hetao.registry.ipasset.FilingDetails;
import org.hetao.registry.ipasset.IpAsset;
import org.hetao.registry.ipasset.IpAssetRepository;
import org.hetao.registry.ipasset.IpAssetService;

/**
 * The docket: each asset's deadlines, an office's deadlines over a window, and the marks that a
 * deadline was done. Deadlines are computed from the filings under the current rules on every read;
 * only the marks are stored. Reading follows the asset's rules (a deadline of an asset the caller may
 * not read is never shown); marking follows the asset's write rules and is audited as a change of the asset.
 */
@Stateless
public class DocketService {
    /** The widest window an office's docket may ask for. */
    public static final int MAX_WINDOW_YEARS = 10;

    @Inject
    IpAssetService assets;

    @Inject
    IpAssetRepository assetRepository;

    @Inject
    AssetAccess assetAccess;

    @Inject
    AccessGuard access;

    @Inject
    DocketRepository docket;

    @Inject
    ChangeRecorder changes;

    @Inject
    RegistryClock clock;

    /** The calculator under the current rules and the deployment's PCT months. */
    public static DeadlineCalculator calculator() {
        return new DeadlineCalculator(DocketRules.current()
                .withOfficeMonths(DocketRules.officeMonths(RegistrySetting.DOCKET_PCT_MONTHS.value())));
    }

    /** Every deadline of the asset, earliest first; "not found" unless the caller may read the asset. */
    public List<DocketEntry> forAsset(long ipAssetId) {
        IpAsset asset = assets.get(ipAssetId);
        return entries(List.of(asset), null, null);
    }

    /**
     * The deadlines of the assets an institution owns today, due in [{@code from}, {@code to}]: an
     * office its own (institutionId may be omitted), LEGAL and ADMIN any institution's.
     */
    public List<DocketEntry> forOffice(Long institutionId, LocalDate from, LocalDate to) {
        return forOffice(institutionId, from, to, DocketFilter.ALL);
    }

    /** The same, narrowed to a status, a rule or an office. */
    public List<DocketEntry> forOffice(Long institutionId, LocalDate from, LocalDate to, DocketFilter filter) {
        long institution = office(institutionId);
        if (to.isBefore(from)) {
            throw new InvalidValueException(
                    "to",
                    ErrorCode.DATE_ORDER,
                    "must not be before from (" + from + ")",
                    Map.of("after", "from", "min", from.toString()));
        }
        if (to.isAfter(from.plusYears(MAX_WINDOW_YEARS))) {
            throw new InvalidValueException(
                    "to",
                    ErrorCode.RANGE,
                    "may be at most " + MAX_WINDOW_YEARS + " years after from",
                    Map.of("max", from.plusYears(MAX_WINDOW_YEARS).toString()));
        }
        Set<Long> owned = assetRepository.ownedOn(institution, clock.today());
        return entries(assetRepository.readable(owned, access.scope()), from, to).stream()
                .filter(filter::test)
                .toList();
    }

    /** The office's deadlines as an iCalendar file (see {@link DocketCalendar}), the summaries in {@code language}. */
    public String calendar(Long institutionId, LocalDate from, LocalDate to, DocketFilter filter, String language) {
        return DocketCalendar.write(
                forOffice(institutionId, from, to, filter),
                language,
                docket.instanceId() + ".hetao-registry",
                clock.now().atZoneSameInstant(java.time.ZoneOffset.UTC));
    }

    /** The office's deadlines as CSV (see {@link DocketCsv}). */
    public String csv(Long institutionId, LocalDate from, LocalDate to, DocketFilter filter, String language) {
        return DocketCsv.write(forOffice(institutionId, from, to, filter), language);
    }

    /** Marks a deadline of the asset done, with the family's filing it produced (its application number), if any. */
    public DocketEntry markDone(long ipAssetId, String key, String producedFiling, String note) {
        IpAsset asset = assets.get(ipAssetId);
        assetAccess.checkWrite(asset);
        Deadline d = deadline(asset, key);
        String produced = producedFiling == null || producedFiling.isBlank() ? null : producedFiling.strip();
        if (produced != null
                && asset.details().filings().stream()
                        .map(FilingDetails::applicationNumber)
                        .noneMatch(produced::equalsIgnoreCase)) {
            throw new InvalidValueException(
                    "producedFiling",
                    ErrorCode.DOCKET_FILING_UNKNOWN,
                    "is not the application number of a filing of this asset: add the filing to the asset first");
        }
        DoneMark.DoneDetails before =
                docket.doneMark(key).map(DoneMark::details).orElse(null);
        docket.doneMark(key).ifPresent(docket::remove);
        docket.flush();
        DoneMark mark = new DoneMark(d, produced, note, access.actorName(), clock.now());
        docket.add(mark);
        docket.flush();
        changes.record(
                before == null ? AuditAction.CREATE : AuditAction.UPDATE,
                KIND,
                ipAssetId,
                before == null ? null : new Audited(before),
                new Audited(mark.details()),
                Set.of());
        return entry(asset, d, mark);
    }

    /** Takes back the mark that a deadline was done. */
    public DocketEntry undo(long ipAssetId, String key) {
        IpAsset asset = assets.get(ipAssetId);
        assetAccess.checkWrite(asset);
        if (key == null || key.isBlank()) {
            throw new InvalidValueException("key", ErrorCode.REQUIRED, "is required: the deadline's key, as listed");
        }
        Deadline d = deadline(asset, key);
        DoneMark mark = docket.doneMark(key)
                .orElseThrow(() ->
                        new NotFoundException("Deadline " + key + " of IP asset " + ipAssetId + " is not marked done"));
        DoneMark.DoneDetails before = mark.details();
        docket.remove(mark);
        docket.flush();
        changes.record(AuditAction.DELETE, KIND, ipAssetId, new Audited(before), null, Set.of());
        return entry(asset, d, null);
    }

    /** The audit trail's kind of a done mark; its id is the asset's. */
    public static final String KIND = "docket-mark";

    /** A done mark in the audit trail. */
    public record Audited(String deadline, LocalDate dueDate, String producedFiling, String note, String doneBy) {
        Audited(DoneMark.DoneDetails d) {
            this(d.deadline(), d.dueDate(), d.producedFiling(), d.note(), d.doneBy());
        }
    }

    private Deadline deadline(IpAsset asset, String key) {
        return calculator().deadlines(asset.getId(), asset.details().filings()).stream()
                .filter(d -> d.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new NotFoundException(
                        "IP asset " + asset.getId() + " has no deadline " + key + " (its filings changed?)"));
    }

    private long office(Long institutionId) {
        Long own = access.ownInstitution();
        if (own != null) {
            if (institutionId != null) {
                access.checkActsFor("institutionId", institutionId);
            }
            return own;
        }
        if (institutionId == null) {
            throw new InvalidValueException(
                    "institutionId", ErrorCode.REQUIRED, "is required: whose office's deadlines to list");
        }
        return institutionId;
    }

    private List<DocketEntry> entries(List<IpAsset> list, LocalDate from, LocalDate to) {
        DeadlineCalculator calc = calculator();
        Map<String, DoneMark> marks =
                docket.doneMarks(list.stream().map(IpAsset::getId).toList());
        List<DocketEntry> out = new ArrayList<>();
        for (IpAsset a : list) {
            for (Deadline d : calc.deadlines(a.getId(), a.details().filings())) {
                if ((from == null || !d.dueDate().isBefore(from))
                        && (to == null || !d.dueDate().isAfter(to))) {
                    out.add(entry(a, d, marks.get(d.key())));
                }
            }
        }
        out.sort(Comparator.comparing((DocketEntry e) -> e.deadline().dueDate())
                .thenComparing(e -> e.deadline().key()));
        return out;
    }

    private DocketEntry entry(IpAsset a, Deadline d, DoneMark mark) {
        return new DocketEntry(
                d,
                a.getTitle(),
                a.getConfidentiality(),
                DocketEntry.status(d, mark, clock.today()),
                mark == null ? null : mark.details());
    }
}
