package org.hetao.registry.boundary;

import java.util.EnumSet;
import java.util.Set;
import org.hetao.registry.project.Park;

/**
 * The arrangement under which a transfer crosses the boundary (docs/zone.md, "Goods and data crossing
 * the boundary"): for material the zone's white-list "green channel" or an ordinary customs
 * declaration; for personal data leaving the Mainland one of the routes of the Personal Information
 * Protection Law art. 38 (a security assessment, a standard contract, a certification) or the Greater
 * Bay Area's standard contract; {@code NOT_REQUIRED} where no route applies.
 */
public enum ClearanceRoute {
    GREEN_CHANNEL,
    CUSTOMS_DECLARATION,
    SECURITY_ASSESSMENT,
    STANDARD_CONTRACT,
    CERTIFICATION,
    GBA_STANDARD_CONTRACT,
    NOT_REQUIRED;

    /**
     * The routes a transfer of this kind from this park may take: material one of the goods' routes;
     * personal data leaving the Mainland (from the Shenzhen park) a route of PIPL art. 38 or the GBA
     * standard contract, personal data from Hong Kong also none; research data (not personal) none, or
     * a security assessment where it holds important data.
     */
    public static Set<ClearanceRoute> allowed(TransferKind kind, Park from) {
        // no constants of these sets in the enumeration: the API's document would list them as its values
        if (!kind.isData()) {
            return EnumSet.of(GREEN_CHANNEL, CUSTOMS_DECLARATION);
        }
        if (kind == TransferKind.RESEARCH_DATA) {
            return EnumSet.of(NOT_REQUIRED, SECURITY_ASSESSMENT);
        }
        Set<ClearanceRoute> routes =
                EnumSet.of(SECURITY_ASSESSMENT, STANDARD_CONTRACT, CERTIFICATION, GBA_STANDARD_CONTRACT);
        if (from == Park.HK_PARK) {
            routes.add(NOT_REQUIRED);
        }
        return routes;
    }

    /** Whether a transfer on this route needs the clearance's reference before it is sent. */
    public boolean needsReference() {
        return this != NOT_REQUIRED;
    }
}
