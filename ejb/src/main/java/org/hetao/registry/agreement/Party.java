package org.hetao.registry.agreement;

import org.hetao.registry.common.Checks;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;
import org.hetao.registry.common.LocalizedText;
import org.hetao.registry.institution.Jurisdiction;

/**
 * A party to an agreement: its short code (how the options refer to it), its legal name in English
 * and in Traditional and/or Simplified Chinese, where it is established, and who signs for it.
 */
public record Party(
        String code, LocalizedText legalName, Jurisdiction jurisdiction, String signatoryName, String signatoryTitle) {

    public Party {
        code = Checks.requireText("code", code, 40);
        Checks.require("legalName", legalName);
        legalName = LocalizedText.of("legalName", legalName.en(), legalName.zhHant(), legalName.zhHans(), 300, true);
        if (legalName.zhHant() == null && legalName.zhHans() == null) {
            throw new InvalidValueException(
                    "legalName",
                    ErrorCode.AGREEMENT_CHINESE_NAME_REQUIRED,
                    "needs the Chinese legal name (Traditional and/or Simplified) as well as the English one");
        }
        Checks.require("jurisdiction", jurisdiction);
        signatoryName = Checks.requireText("signatoryName", signatoryName, 200);
        signatoryTitle = Checks.requireText("signatoryTitle", signatoryTitle, 200);
    }
}
