package org.hetao.registry.agreement;

import org.hetao.registry.common.LocalizedText;

/** A written language of an agreement, with its BCP-47 tag. */
public enum Script {
    EN("en"),
    ZH_HANT("zh-Hant-HK"),
    ZH_HANS("zh-Hans-CN");

    private final String tag;

    Script(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    public boolean isChinese() {
        return this != EN;
    }

    /** The text in this script, falling back as {@link LocalizedText#in(String)} does. */
    public String pick(LocalizedText text) {
        return text.in(tag);
    }
}
