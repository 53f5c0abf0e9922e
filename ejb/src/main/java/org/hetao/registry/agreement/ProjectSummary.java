package org.hetao.registry.agreement;

import org.hetao.registry.common.Checks;
import org.hetao.registry.common.LocalizedText;

/** The project whose results the agreement covers: its code and title. */
public record ProjectSummary(String code, LocalizedText title) {

    public ProjectSummary {
        code = Checks.requireText("project.code", code, 40);
        Checks.require("project.title", title);
        title = LocalizedText.of("project.title", title.en(), title.zhHant(), title.zhHans(), 500, true);
    }
}
