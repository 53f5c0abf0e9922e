package org.hetao.registry.agreement;

import org.hetao.registry.common.Checks;
import org.hetao.registry.common.LocalizedText;

/** One item of a party's Background IP and the access the other parties have to it. */
public record BackgroundIp(String party, LocalizedText description, BackgroundAccess access) {

    public BackgroundIp {
        party = Checks.requireText("backgroundIp.party", party, 40);
        Checks.require("backgroundIp.description", description);
        description = LocalizedText.of(
                "backgroundIp.description", description.en(), description.zhHant(), description.zhHans(), 1000, true);
        Checks.require("backgroundIp.access", access);
    }
}
