package org.hetao.registry.testing;

import org.hetao.registry.institution.InstitutionDetails;
import org.hetao.registry.institution.InstitutionKind;
import org.hetao.registry.institution.Jurisdiction;

/** Valid sample values for tests; fictional where they are not public facts. */
public final class Samples {
    private Samples() {}

    public static InstitutionDetails hkust() {
        return new InstitutionDetails(
                "HKUST",
                "The Hong Kong University of Science and Technology",
                "香港科技大學",
                "香港科技大学",
                InstitutionKind.UNIVERSITY,
                Jurisdiction.HK,
                "HK",
                null);
    }

    public static InstitutionDetails sustech() {
        return new InstitutionDetails(
                "SUSTech",
                "Southern University of Science and Technology",
                "南方科技大學",
                "南方科技大学",
                InstitutionKind.UNIVERSITY,
                Jurisdiction.MAINLAND,
                "CN",
                null);
    }

    public static InstitutionDetails institution(String shortName, Jurisdiction jurisdiction) {
        String country = switch (jurisdiction) {
            case HK -> "HK";
            case MAINLAND -> "CN";
            case MACAO -> "MO";
            case OVERSEAS -> "GB";
        };
        return new InstitutionDetails(
                shortName,
                "Fictional institution " + shortName,
                null,
                null,
                InstitutionKind.ENTERPRISE,
                jurisdiction,
                country,
                null);
    }
}
