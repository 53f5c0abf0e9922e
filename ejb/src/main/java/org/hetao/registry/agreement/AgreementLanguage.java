package org.hetao.registry.agreement;

import java.util.List;

/** The language or pair of languages an agreement is written in. */
public enum AgreementLanguage {
    EN(List.of(Script.EN)),
    ZH_HANT(List.of(Script.ZH_HANT)),
    ZH_HANS(List.of(Script.ZH_HANS)),
    EN_ZH_HANT(List.of(Script.EN, Script.ZH_HANT)),
    EN_ZH_HANS(List.of(Script.EN, Script.ZH_HANS));

    private final List<Script> scripts;

    AgreementLanguage(List<Script> scripts) {
        this.scripts = scripts;
    }

    /** The scripts in the order they are shown: English first in a bilingual agreement. */
    public List<Script> scripts() {
        return scripts;
    }

    public boolean isBilingual() {
        return scripts.size() == 2;
    }

    /** The Chinese script of the agreement, or Traditional Chinese for an English-only one. */
    public Script chineseScript() {
        return scripts.contains(Script.ZH_HANS) ? Script.ZH_HANS : Script.ZH_HANT;
    }
}
