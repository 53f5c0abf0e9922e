package org.hetao.registry.demo;

/**
 * Where the loading of the demo data set stands, for the API (answered 503 {@code demo-data-loading}
 * while it loads), the readiness check and the web UI's loading page. One per application.
 */
public final class DemoDataProgress {
    /** What became of {@code REGISTRY_DEMO} at this start. */
    public enum State {
        /** {@code REGISTRY_DEMO} is not set. */
        NOT_ASKED,
        /** Loading in the background; every API request is answered 503 meanwhile. */
        LOADING,
        /** Loaded at this start. */
        LOADED,
        /** The registry already held institutions, so nothing was loaded. */
        LEFT_ALONE,
        /** Loading failed (the log says why); nothing of it was stored. */
        FAILED
    }

    private static volatile State state = State.NOT_ASKED;
    private static volatile int stored;
    private static volatile int total;

    private DemoDataProgress() {}

    public static State state() {
        return state;
    }

    public static boolean loading() {
        return state == State.LOADING;
    }

    /** Records stored so far in the loading transaction (institutions, people and projects with their assets). */
    public static int stored() {
        return stored;
    }

    public static int total() {
        return total;
    }

    /** Whole per cent of the records stored, 0 to 100. */
    public static int percent() {
        int t = total;
        return t == 0 ? 0 : (int) (100L * stored / t);
    }

    static void loading(int records) {
        stored = 0;
        total = records;
        state = State.LOADING;
    }

    static void stored(int records) {
        stored = records;
    }

    static void finished(State outcome) {
        state = outcome;
    }
}
