package org.hetao.registry.bench;

import java.util.List;
import org.hetao.registry.demo.DemoDataSet;
import org.hetao.registry.demo.DemoGenerator;
import org.hetao.registry.demo.DemoInstitutions;
import org.hetao.registry.institution.InstitutionDetails;
import org.hetao.registry.ipasset.IpAssetDetails;
import org.hetao.registry.ownership.OwnershipChange;
import org.hetao.registry.project.ProjectDetails;
import org.hetao.registry.project.StaffingDetails;

/**
 * The synthetic corpus: {@code scale} joint projects with about two IP assets each, their staff and
 * ownership, in English, Traditional and Simplified Chinese. Made by the demo data generator in
 * chunks of {@link #CHUNK} projects, chunk {@code c} from seed {@code seed + c}, so the same seed and
 * scale give the same corpus and a million projects never sit in memory at once.
 */
public final class Corpus {
    public static final int CHUNK = 10_000;
    /** Asset ids start here, so project and asset numbers never collide. */
    public static final long ASSET_BASE = 100_000_000L;

    private final int scale;
    private final long seed;
    private final List<InstitutionDetails> institutions = DemoInstitutions.all();

    public Corpus(int scale, long seed) {
        this.scale = scale;
        this.seed = seed;
    }

    public int scale() {
        return scale;
    }

    /** The reference institutions; institution {@code n} is {@code institutions().get(n - 1)}. */
    public List<InstitutionDetails> institutions() {
        return institutions;
    }

    /** A project numbered {@code number} (1-based) with its staff and its assets. */
    public record Project(long number, ProjectDetails details, List<StaffingDetails> staff, List<Asset> assets) {}

    /** An IP asset numbered {@code number}, of project {@code details().projectId()}. */
    public record Asset(long number, IpAssetDetails details, List<OwnershipChange> ownership) {}

    /** Receives the corpus one project at a time. */
    @FunctionalInterface
    public interface Sink {
        void accept(Project project) throws Exception;
    }

    public void forEach(Sink sink) throws Exception {
        long assetNumber = ASSET_BASE;
        for (int first = 1, chunk = 0; first <= scale; first += CHUNK, chunk++) {
            int count = Math.min(CHUNK, scale - first + 1);
            DemoDataSet set = new DemoGenerator(seed + chunk).generate(institutions, first, count, count * 2);
            for (int i = 0; i < set.projects().size(); i++) {
                DemoDataSet.Project p = set.projects().get(i);
                List<Asset> assets = new java.util.ArrayList<>();
                for (DemoDataSet.Asset a : p.assets()) {
                    assets.add(new Asset(++assetNumber, a.details(), a.ownership()));
                }
                sink.accept(new Project(first + i, p.details(), p.staff(), List.copyOf(assets)));
            }
        }
    }
}
