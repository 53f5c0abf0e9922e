package org.hetao.registry.agreement;

import java.util.Map;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;

/**
 * The language of an agreement, the layout of a bilingual one, and the version that prevails if
 * the two differ. A one-language agreement has no layout and is its own prevailing version.
 */
public record LanguageTerms(AgreementLanguage language, BilingualLayout layout, Script prevailing) {

    public LanguageTerms {
        if (language == null) {
            throw new InvalidValueException("language.language", ErrorCode.REQUIRED, "is required");
        }
        if (language.isBilingual() && layout == null) {
            throw new InvalidValueException(
                    "language.layout",
                    ErrorCode.REQUIRED,
                    "is required for a bilingual agreement (SIDE_BY_SIDE or CLAUSE_BY_CLAUSE)");
        }
        if (!language.isBilingual() && layout != null) {
            throw new InvalidValueException(
                    "language.layout", ErrorCode.NOT_APPLICABLE, "applies only to a bilingual agreement");
        }
        if (prevailing == null) {
            if (language.isBilingual()) {
                throw new InvalidValueException(
                        "language.prevailing",
                        ErrorCode.REQUIRED,
                        "is required for a bilingual agreement: name the version that prevails");
            }
            prevailing = language.scripts().get(0);
        }
        if (!language.scripts().contains(prevailing)) {
            throw new InvalidValueException(
                    "language.prevailing",
                    ErrorCode.AGREEMENT_LANGUAGE_PREVAILING,
                    "must be one of the agreement's languages " + language.scripts(),
                    Map.of("allowed", language.scripts()));
        }
    }

    public static LanguageTerms single(AgreementLanguage language) {
        return new LanguageTerms(language, null, null);
    }

    public static LanguageTerms bilingual(AgreementLanguage language, BilingualLayout layout, Script prevailing) {
        return new LanguageTerms(language, layout, prevailing);
    }
}
