package org.hetao.registry.lucene;

/** Told how a {@link SearchIndex#replaceAll rebuild} is going. */
@FunctionalInterface
public interface RebuildProgress {

    /** How often, in documents, progress is reported (and once more at the end). */
    int INTERVAL = 1_000;

    /** Called every {@link #INTERVAL} documents read and once at the end with the final count indexed. */
    void indexed(long documents);

    static RebuildProgress none() {
        return documents -> {};
    }
}
