package org.hetao.registry.ipasset;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An asset's protection as its filings show it, never typed in: the jurisdictions where it is
 * granted, those where an application is pending (filed or published), those where one is only
 * planned. Lapsed, withdrawn and refused filings protect nothing and are not counted. A jurisdiction
 * with several filings counts once, under its strongest: granted, then pending, then planned.
 *
 * @param state {@code GRANTED} when granted anywhere, else {@code PENDING} when pending anywhere, else
 *              {@code NO_FILING}
 */
public record IpStatus(
        State state,
        List<FilingJurisdiction> granted,
        List<FilingJurisdiction> pending,
        List<FilingJurisdiction> planned) {

    /** The asset's strongest protection anywhere. */
    public enum State {
        GRANTED,
        PENDING,
        NO_FILING
    }

    public IpStatus {
        granted = List.copyOf(granted);
        pending = List.copyOf(pending);
        planned = List.copyOf(planned);
    }

    /** The status the filings give, jurisdictions in their declared order (CN, HK, PCT, US, EP, OTHER). */
    public static IpStatus of(List<Filing> filings) {
        Set<FilingJurisdiction> granted = EnumSet.noneOf(FilingJurisdiction.class);
        Set<FilingJurisdiction> pending = EnumSet.noneOf(FilingJurisdiction.class);
        Set<FilingJurisdiction> planned = EnumSet.noneOf(FilingJurisdiction.class);
        for (Filing f : filings) {
            switch (f.getStatus()) {
                case GRANTED -> granted.add(f.getJurisdiction());
                case FILED, PUBLISHED -> pending.add(f.getJurisdiction());
                case PLANNED -> planned.add(f.getJurisdiction());
                case LAPSED, WITHDRAWN, REFUSED -> {
                    // protects nothing
                }
            }
        }
        pending.removeAll(granted);
        planned.removeAll(granted);
        planned.removeAll(pending);
        State state = !granted.isEmpty() ? State.GRANTED : !pending.isEmpty() ? State.PENDING : State.NO_FILING;
        return new IpStatus(state, List.copyOf(granted), List.copyOf(pending), List.copyOf(planned));
    }

    /** In English, e.g. "granted in CN, HK; pending in US" or "no filing". */
    public String describe() {
        StringBuilder s = new StringBuilder();
        append(s, "granted in ", granted);
        append(s, "pending in ", pending);
        append(s, "planned in ", planned);
        return s.isEmpty() ? "no filing" : s.toString();
    }

    private static void append(StringBuilder s, String label, List<FilingJurisdiction> jurisdictions) {
        if (jurisdictions.isEmpty()) {
            return;
        }
        if (!s.isEmpty()) {
            s.append("; ");
        }
        s.append(label)
                .append(String.join(", ", jurisdictions.stream().map(Enum::name).toList()));
    }
}
