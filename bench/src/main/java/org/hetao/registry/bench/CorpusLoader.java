package org.hetao.registry.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.hetao.registry.institution.InstitutionDetails;

/** Loads the corpus's institutions and projects (with participants and funding) into a running registry through its API. */
public final class CorpusLoader {
    /** The stored ids of the loaded projects, and how long loading took. */
    public record Loaded(List<Long> projectIds, long nanos) {
        public double perSecond() {
            return projectIds.size() * 1e9 / nanos;
        }
    }

    private CorpusLoader() {}

    public static Loaded load(Api api, Corpus corpus, int threads) throws Exception {
        long t = System.nanoTime();
        Map<Long, Long> ids = new HashMap<>();
        List<InstitutionDetails> inst = corpus.institutions();
        for (int i = 0; i < inst.size(); i++) {
            InstitutionDetails d = inst.get(i);
            ids.put(
                    i + 1L,
                    api.create(
                            "api/institutions",
                            "{\"shortName\":" + Api.q(d.shortName()) + ",\"name\":{\"en\":"
                                    + Api.q(d.nameEn()) + ",\"zhHant\":" + Api.q(d.nameZhHant()) + ",\"zhHans\":"
                                    + Api.q(d.nameZhHans())
                                    + "},\"kind\":" + Api.q(d.kind().name()) + ",\"jurisdiction\":"
                                    + Api.q(d.jurisdiction().name())
                                    + ",\"country\":" + Api.q(d.country()) + ",\"rorId\":" + Api.q(d.rorId()) + "}"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Semaphore window = new Semaphore(threads * 4);
        List<Future<Long>> futures = new ArrayList<>();
        try {
            corpus.forEach(p -> {
                String json = Api.projectJson(p.details(), ids);
                window.acquire();
                futures.add(pool.submit(() -> {
                    try {
                        return api.create("api/projects", json);
                    } finally {
                        window.release();
                    }
                }));
            });
            List<Long> projectIds = new ArrayList<>();
            for (Future<Long> f : futures) {
                projectIds.add(f.get());
            }
            return new Loaded(projectIds, System.nanoTime() - t);
        } finally {
            pool.shutdownNow();
        }
    }
}
