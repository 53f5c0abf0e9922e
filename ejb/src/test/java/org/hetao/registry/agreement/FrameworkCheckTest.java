package org.hetao.registry.agreement;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.hetao.registry.common.InvalidValueException;
import org.hetao.registry.common.LocalizedText;
import org.junit.jupiter.api.Test;

class FrameworkCheckTest {
    private final Framework v1 = FrameworkLoader.current();

    private Framework withClauses(Map<String, LocalizedText> clauses) {
        return new Framework(
                2,
                v1.published().plusDays(1),
                v1.title(),
                v1.templateNotice(),
                v1.headings(),
                clauses,
                v1.labels(),
                v1.warnings());
    }

    @Test
    void aVersionWithEveryTextAndItsPlaceholdersPasses() {
        Map<String, LocalizedText> clauses = new HashMap<>(v1.clauses());
        clauses.put("term", new LocalizedText("A reworded term clause.", "重寫的期限條款。", "重写的期限条款。"));
        clauses.put("new.clause", new LocalizedText("A clause of its own.", "新條款。", "新条款。"));
        assertDoesNotThrow(() -> FrameworkCheck.check(withClauses(clauses), v1));
    }

    @Test
    void aMissingTextIsNamed() {
        Map<String, LocalizedText> clauses = new HashMap<>(v1.clauses());
        clauses.remove("term");
        InvalidValueException e =
                assertThrows(InvalidValueException.class, () -> FrameworkCheck.check(withClauses(clauses), v1));
        assertEquals("clauses.term", e.errors().get(0).field());
    }

    @Test
    void aTextWithOtherPlaceholdersIsNamedWithItsScript() {
        Map<String, LocalizedText> clauses = new HashMap<>(v1.clauses());
        LocalizedText notice = clauses.get("publication.notice");
        clauses.put(
                "publication.notice",
                new LocalizedText(notice.en(), notice.zhHant(), notice.zhHans().replace("{noticeDays}", "{days}")));
        InvalidValueException e =
                assertThrows(InvalidValueException.class, () -> FrameworkCheck.check(withClauses(clauses), v1));
        assertEquals("clauses.publication.notice.zh-Hans", e.errors().get(0).field());
        assertTrue(e.errors().get(0).message().contains("noticeDays"), e.getMessage());
    }
}
