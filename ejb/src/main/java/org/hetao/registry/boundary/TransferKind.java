package org.hetao.registry.boundary;

/** What crosses the boundary: material (goods) or data. */
public enum TransferKind {
    BIOLOGICAL_SAMPLE(false),
    OTHER_MATERIAL(false),
    PERSONAL_DATA(true),
    RESEARCH_DATA(true);

    private final boolean data;

    TransferKind(boolean data) {
        this.data = data;
    }

    /** Data rather than goods. */
    public boolean isData() {
        return data;
    }
}
