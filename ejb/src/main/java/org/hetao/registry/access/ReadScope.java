package org.hetao.registry.access;

/**
 * What a caller may read: everything (ADMIN, LEGAL, the registry itself), only public records offered
 * to investors (INVESTOR), or public records plus those its institution takes part in (TTO).
 */
public record ReadScope(boolean everything, boolean investor, Long institutionId) {
    public static final ReadScope EVERYTHING = new ReadScope(true, false, null);
    public static final ReadScope INVESTOR = new ReadScope(false, true, null);

    public static ReadScope of(Caller caller) {
        if (caller == null) {
            return EVERYTHING;
        }
        return switch (caller.role()) {
            case ADMIN, LEGAL -> EVERYTHING;
            case INVESTOR -> INVESTOR;
            case TTO -> new ReadScope(false, false, caller.institutionId());
        };
    }
}
