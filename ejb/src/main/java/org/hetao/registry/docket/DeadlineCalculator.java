package org.hetao.registry.docket;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.hetao.registry.ipasset.FilingDetails;
import org.hetao.registry.ipasset.FilingDocket;
import org.hetao.registry.ipasset.FilingJurisdiction;
import org.hetao.registry.ipasset.FilingStatus;
import org.hetao.registry.ipasset.HongKongPatentKind;
import org.hetao.registry.ipasset.PriorityClaimDetails;

/**
 * Computes the deadlines of one family (the filings of one IP asset) under a rules version. Pure:
 * the same filings and rules always give the same deadlines; a rule whose dates the filings do not
 * hold yields nothing ("where data allows").
 */
public final class DeadlineCalculator {
    private final DocketRules rules;

    public DeadlineCalculator(DocketRules rules) {
        this.rules = rules;
    }

    /** The family's deadlines, earliest first. */
    public List<Deadline> deadlines(long ipAssetId, List<FilingDetails> family) {
        List<Deadline> out = new ArrayList<>();
        for (DocketRule rule : rules.rules()) {
            switch (rule.trigger()) {
                case EARLIEST_PRIORITY -> parisPriority(rule, ipAssetId, family).ifPresent(out::add);
                case PCT_PRIORITY -> nationalPhase(rule, ipAssetId, family, out);
                case DESIGNATED_PUBLICATION -> hkRecord(rule, ipAssetId, family, out);
                case LATER_OF_DESIGNATED_GRANT_AND_RECORD_PUBLICATION -> hkRegister(rule, ipAssetId, family, out);
                case SHORT_TERM_RENEWAL -> shortTermRenewal(rule, ipAssetId, family, out);
                case CN_ANNUAL_FEE -> annualFees(rule, ipAssetId, family, out);
            }
        }
        out.sort(Comparator.comparing(Deadline::dueDate).thenComparing(Deadline::key));
        return out;
    }

    private Optional<Deadline> parisPriority(DocketRule rule, long asset, List<FilingDetails> family) {
        FilingDetails first = null;
        LocalDate earliest = null;
        for (FilingDetails f : family) {
            if (!alive(f)) {
                continue;
            }
            for (PriorityClaimDetails c : f.docket().priorities()) {
                if (earliest == null || c.date().isBefore(earliest)) {
                    earliest = c.date();
                    first = f;
                }
            }
            boolean derived =
                    f.docket().pctApplicationNumber() != null || f.docket().hkKind() == HongKongPatentKind.STANDARD_R;
            if (!derived
                    && f.filingDate() != null
                    && (earliest == null || f.filingDate().isBefore(earliest))) {
                earliest = f.filingDate();
                first = f;
            }
        }
        if (earliest == null) {
            return Optional.empty();
        }
        return Optional.of(deadline(
                rule, asset, first.applicationNumber(), "ANY", null, earliest, earliest.plus(rule.offset()), null));
    }

    private void nationalPhase(DocketRule rule, long asset, List<FilingDetails> family, List<Deadline> out) {
        for (FilingDetails pct : family) {
            if (pct.jurisdiction() != FilingJurisdiction.PCT || !alive(pct)) {
                continue;
            }
            LocalDate priority = pct.docket().priorities().stream()
                    .map(PriorityClaimDetails::date)
                    .min(Comparator.naturalOrder())
                    .orElse(pct.filingDate());
            if (priority == null) {
                continue;
            }
            for (Map.Entry<String, Integer> office : new TreeMap<>(rule.officeMonths()).entrySet()) {
                String entered = family.stream()
                        .filter(f -> f.jurisdiction().name().equals(office.getKey()))
                        .filter(f -> sameNumber(f.docket().pctApplicationNumber(), pct.applicationNumber()))
                        .map(FilingDetails::applicationNumber)
                        .findFirst()
                        .orElse(null);
                out.add(deadline(
                        rule,
                        asset,
                        pct.applicationNumber(),
                        office.getKey(),
                        office.getKey(),
                        priority,
                        priority.plusMonths(office.getValue()),
                        entered));
            }
        }
    }

    private void hkRecord(DocketRule rule, long asset, List<FilingDetails> family, List<Deadline> out) {
        for (FilingDetails hk : standardR(family)) {
            designated(hk, family)
                    .filter(d -> d.docket().publicationDate() != null)
                    .ifPresent(d -> {
                        LocalDate published = d.docket().publicationDate();
                        out.add(deadline(
                                rule,
                                asset,
                                hk.applicationNumber(),
                                "HK",
                                null,
                                published,
                                published.plus(rule.offset()),
                                hk.filingDate() != null ? hk.applicationNumber() : null));
                    });
        }
    }

    private void hkRegister(DocketRule rule, long asset, List<FilingDetails> family, List<Deadline> out) {
        for (FilingDetails hk : standardR(family)) {
            LocalDate recordPublished = hk.docket().publicationDate();
            designated(hk, family)
                    .filter(d -> d.grantDate() != null && recordPublished != null)
                    .ifPresent(d -> {
                        LocalDate later = d.grantDate().isAfter(recordPublished) ? d.grantDate() : recordPublished;
                        out.add(deadline(
                                rule,
                                asset,
                                hk.applicationNumber(),
                                "HK",
                                null,
                                later,
                                later.plus(rule.offset()),
                                hk.status() == FilingStatus.GRANTED ? hk.applicationNumber() : null));
                    });
        }
    }

    private void shortTermRenewal(DocketRule rule, long asset, List<FilingDetails> family, List<Deadline> out) {
        for (FilingDetails hk : family) {
            if (hk.jurisdiction() != FilingJurisdiction.HK
                    || hk.docket().hkKind() != HongKongPatentKind.SHORT_TERM
                    || hk.filingDate() == null
                    || !alive(hk)) {
                continue;
            }
            LocalDate trigger = hk.filingDate();
            LocalDate due = trigger.plus(rule.offset());
            if (rule.lateGrantOffset() != null
                    && hk.grantDate() != null
                    && hk.grantDate().isAfter(due)) {
                trigger = hk.grantDate();
                due = trigger.plus(rule.lateGrantOffset());
            }
            out.add(deadline(rule, asset, hk.applicationNumber(), "HK", null, trigger, due, null));
        }
    }

    private void annualFees(DocketRule rule, long asset, List<FilingDetails> family, List<Deadline> out) {
        for (FilingDetails cn : family) {
            if (cn.jurisdiction() != FilingJurisdiction.CN
                    || cn.status() != FilingStatus.GRANTED
                    || cn.filingDate() == null
                    || cn.grantDate() == null) {
                continue;
            }
            Integer term =
                    cnKind(cn.applicationNumber()).map(rule.termYears()::get).orElse(null);
            if (term == null) {
                continue;
            }
            for (int year = 1; year < term; year++) {
                LocalDate anniversary = cn.filingDate().plus(rule.offset().multipliedBy(year));
                if (!anniversary.isAfter(cn.grantDate())) {
                    continue;
                }
                // the fee for patent year (year + 1) is due before year ends, on the filing date's anniversary
                out.add(deadline(
                        rule,
                        asset,
                        cn.applicationNumber(),
                        "CN",
                        "year-" + (year + 1),
                        cn.filingDate(),
                        anniversary,
                        null));
            }
        }
    }

    /**
     * The kind digit of a Chinese application number: 1 invention, 2 utility model, 3 design, 8 and 9 a
     * PCT invention or utility model in the national phase. Numbers since 2003 have 12 digits and a
     * check digit (the kind is the 5th digit); earlier ones 8 and a check digit (the 3rd).
     */
    static Optional<String> cnKind(String applicationNumber) {
        String digits =
                applicationNumber.toUpperCase().replaceFirst("^(CN|ZL)", "").replaceAll("[ .]", "");
        if (digits.matches("\\d{12}[\\dX]")) {
            return Optional.of(digits.substring(4, 5));
        }
        if (digits.matches("\\d{8}[\\dX]")) {
            return Optional.of(digits.substring(2, 3));
        }
        return Optional.empty();
    }

    private static Stream<FilingDetails> standardRStream(List<FilingDetails> family) {
        return family.stream()
                .filter(f -> f.jurisdiction() == FilingJurisdiction.HK
                        && f.docket().hkKind() == HongKongPatentKind.STANDARD_R
                        && alive(f));
    }

    private static List<FilingDetails> standardR(List<FilingDetails> family) {
        return standardRStream(family).toList();
    }

    /** The family's filing of the designated patent application a Hong Kong standard patent (R) is based on. */
    private static Optional<FilingDetails> designated(FilingDetails hk, List<FilingDetails> family) {
        FilingDocket d = hk.docket();
        return family.stream()
                .filter(f -> f != hk && sameNumber(f.applicationNumber(), d.designatedApplicationNumber()))
                .findFirst();
    }

    private static boolean sameNumber(String a, String b) {
        return a != null && b != null && normal(a).equals(normal(b));
    }

    private static String normal(String number) {
        return number.replaceAll("[ ./-]", "").toUpperCase();
    }

    /** Withdrawn, refused and lapsed filings have no deadlines. */
    private static boolean alive(FilingDetails f) {
        return f.status() != FilingStatus.WITHDRAWN
                && f.status() != FilingStatus.REFUSED
                && f.status() != FilingStatus.LAPSED;
    }

    private Deadline deadline(
            DocketRule rule,
            long asset,
            String applicationNumber,
            String office,
            String occurrence,
            LocalDate trigger,
            LocalDate computed,
            String metBy) {
        LocalDate due = rules.rollover(rule.rollover(), computed);
        String key = String.join(
                "/",
                Stream.of(rule.id(), Long.toString(asset), normal(applicationNumber), occurrence)
                        .filter(Objects::nonNull)
                        .toList());
        return new Deadline(
                key,
                rule.id(),
                asset,
                applicationNumber,
                office,
                occurrence,
                trigger,
                due,
                !due.equals(computed),
                rule.title(),
                rule.source(),
                metBy);
    }
}
