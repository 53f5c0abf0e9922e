package org.hetao.registry.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.hetao.registry.ipasset.AssetType;
import org.hetao.registry.ipasset.FilingDetails;
import org.hetao.registry.ipasset.FilingJurisdiction;
import org.hetao.registry.ipasset.FilingStatus;

/**
 * Filings of demo IP assets in CN, HK, PCT, US and EP. Numbers follow each office's usual shape
 * ({@code CN202410123456.7}, {@code PCT/CN2024/123456}, {@code US18/123456}, {@code EP24123456.7})
 * but are drawn at random and stand for no real filing. No date is later than the reference date.
 */
final class DemoFilings {
    private static final int[] CN_WEIGHTS = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};

    private final DemoDice dice;

    DemoFilings(DemoDice dice) {
        this.dice = dice;
    }

    /** The filings of an asset first filed on {@code first} (a PATENT's first filing must be old enough to be granted). */
    List<FilingDetails> filings(AssetType type, LocalDate first) {
        List<FilingDetails> result = new ArrayList<>();
        switch (type) {
            case PATENT -> {
                LocalDate granted = grantDate(first, 12, 36);
                result.add(new FilingDetails(
                        FilingJurisdiction.CN,
                        cn(first, '1'),
                        "CN11" + dice.digits(7) + "B",
                        first,
                        granted,
                        FilingStatus.GRANTED));
                addInternational(result, first, true);
                if (dice.chance(0.25) && months(granted, DemoGenerator.REFERENCE) >= 4) {
                    LocalDate hk = dice.dateBetween(granted.plusMonths(1), granted.plusMonths(3));
                    LocalDate hkGrant = grantDate(hk, 2, 9);
                    result.add(new FilingDetails(
                            FilingJurisdiction.HK, hk(hk), "HK1" + dice.digits(6), hk, hkGrant, FilingStatus.GRANTED));
                }
            }
            case PATENT_APPLICATION -> {
                FilingStatus status = switch (dice.weighted(90, 6, 4)) {
                    case 0 -> published(first) ? FilingStatus.PUBLISHED : FilingStatus.FILED;
                    case 1 -> FilingStatus.WITHDRAWN;
                    default -> FilingStatus.REFUSED;
                };
                result.add(new FilingDetails(FilingJurisdiction.CN, cn(first, '1'), null, first, null, status));
                if (status != FilingStatus.WITHDRAWN && status != FilingStatus.REFUSED) {
                    addInternational(result, first, false);
                }
                if (dice.chance(0.1)) {
                    result.add(
                            new FilingDetails(FilingJurisdiction.HK, hk(first), null, first, null, FilingStatus.FILED));
                }
            }
            case DESIGN -> {
                boolean granted = months(first, DemoGenerator.REFERENCE) >= 10;
                result.add(new FilingDetails(
                        FilingJurisdiction.CN,
                        cn(first, '3'),
                        granted ? "CN30" + dice.digits(7) + "S" : null,
                        first,
                        granted ? grantDate(first, 6, 10) : null,
                        granted ? FilingStatus.GRANTED : FilingStatus.FILED));
            }
            case TRADEMARK -> {
                String cn = "7" + dice.digits(7);
                boolean registered = months(first, DemoGenerator.REFERENCE) >= 12;
                result.add(new FilingDetails(
                        FilingJurisdiction.CN,
                        cn,
                        registered ? cn : null,
                        first,
                        registered ? grantDate(first, 9, 12) : null,
                        registered ? FilingStatus.GRANTED : FilingStatus.FILED));
                if (dice.chance(0.5)) {
                    String hk = "30" + dice.digits(7);
                    boolean hkRegistered = months(first, DemoGenerator.REFERENCE) >= 8;
                    result.add(new FilingDetails(
                            FilingJurisdiction.HK,
                            hk,
                            hkRegistered ? hk : null,
                            first,
                            hkRegistered ? grantDate(first, 6, 8) : null,
                            hkRegistered ? FilingStatus.GRANTED : FilingStatus.FILED));
                }
            }
            case SOFTWARE -> {
                if (dice.chance(0.5)) {
                    String registration = first.getYear() + "SR" + dice.digits(7);
                    result.add(new FilingDetails(
                            FilingJurisdiction.CN,
                            registration,
                            registration,
                            first,
                            first.plusDays(dice.between(20, 60)),
                            FilingStatus.GRANTED));
                }
            }
            default -> {
                // data sets, know-how and biological material are not filed anywhere
            }
        }
        return result;
    }

    /** PCT within the priority year, then sometimes the US and EP phases. */
    private void addInternational(List<FilingDetails> result, LocalDate priority, boolean mayBeGranted) {
        if (!dice.chance(0.6)) {
            return;
        }
        LocalDate pct = min(
                dice.dateBetween(
                        priority.plusMonths(10), priority.plusMonths(12).minusDays(1)),
                DemoGenerator.REFERENCE);
        result.add(new FilingDetails(
                FilingJurisdiction.PCT,
                "PCT/CN" + pct.getYear() + "/" + dice.digits(6),
                null,
                pct,
                null,
                published(priority) ? FilingStatus.PUBLISHED : FilingStatus.FILED));
        LocalDate national = priority.plusMonths(30);
        if (national.isAfter(DemoGenerator.REFERENCE)) {
            return;
        }
        if (dice.chance(0.5)) {
            boolean granted = mayBeGranted && months(national, DemoGenerator.REFERENCE) >= 12 && dice.chance(0.6);
            result.add(new FilingDetails(
                    FilingJurisdiction.US,
                    "US" + (national.getYear() <= 2024 ? "18/" : "19/") + dice.digits(6),
                    granted ? "US12" + dice.digits(6) + "B2" : null,
                    national,
                    granted ? grantDate(national, 12, 24) : null,
                    granted ? FilingStatus.GRANTED : FilingStatus.PUBLISHED));
        }
        if (dice.chance(0.35)) {
            boolean granted = mayBeGranted && months(national, DemoGenerator.REFERENCE) >= 18 && dice.chance(0.5);
            String yy = String.valueOf(national.getYear() % 100);
            result.add(new FilingDetails(
                    FilingJurisdiction.EP,
                    "EP" + yy + dice.digits(6) + "." + dice.digits(1),
                    granted ? "EP4" + dice.digits(6) + "B1" : null,
                    national,
                    granted ? grantDate(national, 18, 30) : null,
                    granted ? FilingStatus.GRANTED : FilingStatus.PUBLISHED));
        }
    }

    /** A grant between {@code minMonths} and {@code maxMonths} after filing, but not after the reference date. */
    private LocalDate grantDate(LocalDate filed, int minMonths, int maxMonths) {
        LocalDate last = min(filed.plusMonths(maxMonths), DemoGenerator.REFERENCE);
        LocalDate first = min(filed.plusMonths(minMonths), last);
        return dice.dateBetween(first, last);
    }

    private static boolean published(LocalDate priority) {
        return priority.plusMonths(18).isBefore(DemoGenerator.REFERENCE);
    }

    private static long months(LocalDate from, LocalDate to) {
        return ChronoUnit.MONTHS.between(from, to);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** A CNIPA application number: year, kind (1 invention, 3 design), seven digits, check character. */
    private String cn(LocalDate filed, char kind) {
        String digits = filed.getYear() + String.valueOf(kind) + dice.digits(7);
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += (digits.charAt(i) - '0') * CN_WEIGHTS[i];
        }
        int check = sum % 11;
        return "CN" + digits + "." + (check == 10 ? "X" : String.valueOf(check));
    }

    private String hk(LocalDate filed) {
        return "HK3" + filed.getYear() + "0" + dice.digits(5) + "." + dice.digits(1);
    }
}
