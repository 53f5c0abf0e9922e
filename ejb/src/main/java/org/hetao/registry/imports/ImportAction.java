package org.hetao.registry.imports;

/** What a valid row does. */
public enum ImportAction {
    CREATE, UPDATE, SKIP
}
