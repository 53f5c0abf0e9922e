package org.hetao.registry.agreement.lifecycle;

import org.hetao.registry.agreement.AgreementWarning;
import org.hetao.registry.agreement.Framework;
import org.hetao.registry.common.LocalizedText;
import org.hetao.registry.ownership.OwnershipVersion;

/**
 * The warning a draft carries while its asset has a scheduled change of ownership: the draft states
 * the owners in force today, which change on the scheduled version's date; issuing it needs the
 * warning acknowledged like any other.
 */
final class ScheduledOwnershipWarning {
    static final String CODE = "OWNERSHIP_CHANGE_SCHEDULED";

    private ScheduledOwnershipWarning() {}

    static AgreementWarning of(Framework fw, OwnershipVersion scheduled, int draftedFrom) {
        String date = scheduled.getEffectiveFrom().toString();
        int v = scheduled.getVersionNo();
        return AgreementWarning.of(
                fw,
                CODE,
                new LocalizedText(
                        "The ownership of this asset changes on " + date + " (version " + v
                                + "). This draft states the owners in force today (version " + draftedFrom + "); from "
                                + date + " it is out of date and a new revision states the new owners.",
                        "此資產的擁有權將於 " + date + " 變更（第 " + v + " 版）。本草稿載列今日有效的擁有人（第 " + draftedFrom + " 版）；自 " + date
                                + " 起本草稿即告過時，須以新修訂本載列新擁有人。",
                        "此资产的所有权将于 " + date + " 变更（第 " + v + " 版）。本草稿载列今日有效的所有人（第 " + draftedFrom + " 版）；自 " + date
                                + " 起本草稿即告过时，须以新修订本载列新所有人。"));
    }
}
