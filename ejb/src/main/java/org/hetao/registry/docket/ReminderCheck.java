package org.hetao.registry.docket;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hetao.registry.inbox.InboxWriter;
import org.hetao.registry.ipasset.IpAsset;

/**
 * The transactions of one reminder check: one asset at a time, its open deadlines whose lead times
 * were reached are told to the offices of its owners today, each (deadline, due date, lead time,
 * office) once. When several lead times were reached at once (a deadline entered late, or a registry
 * that was down), one item goes, for the nearest, and the others count as sent.
 */
@Stateless
public class ReminderCheck {
    @Inject
    DocketRepository docket;

    @Inject
    InboxWriter inbox;

    public List<Long> assets() {
        return docket.assetsWithFilings();
    }

    /** Sends the asset's due reminders; returns how many inbox items it wrote. */
    public int remind(
            long ipAssetId, LocalDate today, List<Period> leads, DeadlineCalculator calculator, OffsetDateTime now) {
        IpAsset asset = docket.asset(ipAssetId);
        if (asset == null || leads.isEmpty()) {
            return 0;
        }
        Set<Long> owners = docket.owners(ipAssetId, today);
        if (owners.isEmpty()) {
            return 0;
        }
        Map<String, DoneMark> marks = docket.doneMarks(List.of(ipAssetId));
        int sent = 0;
        for (Deadline d : calculator.deadlines(ipAssetId, asset.details().filings())) {
            if (d.metBy() != null || marks.containsKey(d.key()) || d.dueDate().isBefore(today)) {
                continue;
            }
            List<Period> reached = reached(d.dueDate(), today, leads);
            if (reached.isEmpty()) {
                continue;
            }
            Period nearest = reached.get(0);
            for (long office : owners.stream().sorted().toList()) {
                if (!docket.reminded(d, nearest.toString(), office)) {
                    inbox.deadlineDue(office, ipAssetId, note(d));
                    sent++;
                }
                for (Period p : reached) {
                    if (!docket.reminded(d, p.toString(), office)) {
                        docket.add(new ReminderSent(d, p.toString(), office, now));
                    }
                }
            }
        }
        docket.flush();
        return sent;
    }

    /** The lead times reached on {@code today} for a deadline on {@code due}, the nearest to the deadline first. */
    static List<Period> reached(LocalDate due, LocalDate today, List<Period> leads) {
        List<Period> out = new ArrayList<>();
        for (Period p : leads) {
            if (!today.isBefore(due.minus(p))) {
                out.add(p);
            }
        }
        out.sort(Comparator.comparing((Period p) -> due.minus(p)).reversed());
        return out;
    }

    /** The item's note: the date, what is due and for which filing (the e-mail carries it too, with no asset title). */
    static String note(Deadline d) {
        return d.dueDate() + ": " + d.title().en() + " (" + d.applicationNumber()
                + (d.occurrence() == null ? "" : ", " + d.occurrence()) + ")";
    }

    /** Parses the lead times setting ("P3M,P1M,P1W"; "none": no reminders). */
    public static List<Period> leads(String setting) {
        if (setting == null || setting.isBlank() || setting.strip().equalsIgnoreCase("none")) {
            return List.of();
        }
        List<Period> out = new ArrayList<>();
        for (String part : setting.split(",")) {
            Period p = Period.parse(part.strip());
            if (p.isNegative() || p.isZero()) {
                throw new IllegalArgumentException("A lead time must be positive: " + part.strip());
            }
            out.add(p);
        }
        return List.copyOf(out);
    }
}
