package org.hetao.registry.transfer.imports;

import static org.hetao.registry.transfer.imports.ImportPersistenceTest.PROJECT_HEADER;
import static org.hetao.registry.transfer.imports.ImportPersistenceTest.project;
import static org.hetao.registry.transfer.imports.ImportPersistenceTest.run;
import static org.hetao.registry.transfer.imports.ImportPersistenceTest.tto;
import static org.hetao.registry.transfer.imports.ImportPersistenceTest.world;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hetao.registry.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** To an office's import, a project or IP asset it may not read is not there: its rows read as about a missing record. */
class ImportExistenceTest {
    private static final String ASSETS = "ref,project,type,title_en,readiness_level,licensing,confidentiality\n";
    private static final long MISSING = 987_654_321L;

    /** What a dry run answers, row by row, with the asked id put aside. */
    private static String answer(ImportPlan plan, long id) {
        return (plan.errors().stream()
                                .map(e -> e.row() + "/" + e.ref() + "/" + e.column() + ": " + e.message())
                                .toList()
                        + " " + plan.steps().stream().map(s -> s.action).toList())
                .replace(Long.toString(id), "{id}");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void hiddenProjectsAndAssetsReadAsMissingOnes(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            ImportPersistenceTest.World w = world(f);
            assertTrue(run(
                            f,
                            null,
                            PROJECT_HEADER
                                    + project("S-1", "HT-S", "2025-01-01", "", "SUSTech|LEAD")
                                            .replace("CONSORTIUM", "CONFIDENTIAL")
                                    + project("O-1", "HT-O", "2025-01-01", "", "HKUST|LEAD"),
                            ImportKind.PROJECTS,
                            OnDuplicate.SKIP,
                            true)
                    .valid());
            assertTrue(run(
                            f,
                            null,
                            ASSETS + "X-1,HT-S,SOFTWARE,Secret,4,NOT_AVAILABLE,CONFIDENTIAL\n",
                            ImportKind.IP_ASSETS,
                            OnDuplicate.SKIP,
                            true)
                    .valid());
            long hiddenProject =
                    f.inTransaction(em -> em.createQuery("SELECT p.id FROM Project p WHERE p.code = 'HT-S'", Long.class)
                            .getSingleResult());
            long hiddenAsset = f.inTransaction(em ->
                    em.createQuery("SELECT a.id FROM IpAsset a", Long.class).getSingleResult());

            for (String row : List.of(
                    "registry:%d,HT-O,SOFTWARE,Claim,4,NOT_AVAILABLE,CONSORTIUM\n",
                    "A-1,registry:%d,SOFTWARE,Mine,4,NOT_AVAILABLE,CONSORTIUM\n")) {
                long hidden = row.startsWith("registry") ? hiddenAsset : hiddenProject;
                String h = answer(
                        run(
                                f,
                                tto(w.own()),
                                ASSETS + row.formatted(hidden),
                                ImportKind.IP_ASSETS,
                                OnDuplicate.UPDATE,
                                false),
                        hidden);
                String m = answer(
                        run(
                                f,
                                tto(w.own()),
                                ASSETS + row.formatted(MISSING),
                                ImportKind.IP_ASSETS,
                                OnDuplicate.UPDATE,
                                false),
                        MISSING);
                assertEquals(m, h, row);
            }
            String byHiddenCode = answer(
                            run(
                                    f,
                                    tto(w.own()),
                                    ASSETS + "A-1,HT-S,SOFTWARE,Mine,4,NOT_AVAILABLE,CONSORTIUM\n",
                                    ImportKind.IP_ASSETS,
                                    OnDuplicate.UPDATE,
                                    false),
                            0)
                    .replace("HT-S", "{code}");
            String byFreeCode = answer(
                            run(
                                    f,
                                    tto(w.own()),
                                    ASSETS + "A-1,HT-F,SOFTWARE,Mine,4,NOT_AVAILABLE,CONSORTIUM\n",
                                    ImportKind.IP_ASSETS,
                                    OnDuplicate.UPDATE,
                                    false),
                            0)
                    .replace("HT-F", "{code}");
            assertEquals(byFreeCode, byHiddenCode);

            String hiddenRef = answer(
                    run(
                            f,
                            tto(w.own()),
                            PROJECT_HEADER
                                    + project("registry:" + hiddenProject, "HT-N", "2025-01-01", "", "HKUST|LEAD"),
                            ImportKind.PROJECTS,
                            OnDuplicate.UPDATE,
                            false),
                    hiddenProject);
            String missingRef = answer(
                    run(
                            f,
                            tto(w.own()),
                            PROJECT_HEADER + project("registry:" + MISSING, "HT-N", "2025-01-01", "", "HKUST|LEAD"),
                            ImportKind.PROJECTS,
                            OnDuplicate.UPDATE,
                            false),
                    MISSING);
            assertEquals(missingRef, hiddenRef);

            ImportPlan taken = run(
                    f,
                    tto(w.own()),
                    PROJECT_HEADER + project("P-1", "HT-S", "2025-01-01", "", "HKUST|LEAD"),
                    ImportKind.PROJECTS,
                    OnDuplicate.UPDATE,
                    false);
            assertEquals(1, taken.errors().size());
            assertEquals("code", taken.errors().get(0).column());
            assertTrue(
                    taken.errors().get(0).message().contains("is not available"),
                    taken.errors().toString());
            assertFalse(
                    taken.errors().get(0).message().contains(Long.toString(hiddenProject)),
                    taken.errors().toString());
            assertEquals(List.of(new TakenCode(2, "HT-S", hiddenProject, false)), taken.takenCodes());
        }
    }
}
