package org.hetao.registry.agreement;

/**
 * Where a patent or design application is filed: the Mainland, Hong Kong, Macao, an international
 * application, or abroad. The agreement's own list, not the registry's {@link
 * org.hetao.registry.ipasset.FilingJurisdiction}: the parties may name who files in Macao (an
 * option of the framework, which has its texts), while the registry records no Macao filings. Every
 * registry jurisdiction has its counterpart here ({@link #of}).
 */
public enum FilingJurisdiction {
    CN,
    HK,
    MO,
    PCT,
    US,
    EP,
    OTHER;

    /** The agreement's jurisdiction of a filing recorded in the registry. */
    public static FilingJurisdiction of(org.hetao.registry.ipasset.FilingJurisdiction recorded) {
        return switch (recorded) {
            case CN -> CN;
            case HK -> HK;
            case PCT -> PCT;
            case US -> US;
            case EP -> EP;
            case OTHER -> OTHER;
        };
    }

    /** Whether a filing here is a filing outside the Mainland (which may need a confidentiality examination first). */
    public boolean isOutsideMainland() {
        return this != CN;
    }
}
