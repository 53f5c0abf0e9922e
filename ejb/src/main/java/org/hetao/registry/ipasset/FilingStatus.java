package org.hetao.registry.ipasset;

public enum FilingStatus {
    PLANNED,
    FILED,
    PUBLISHED,
    GRANTED,
    LAPSED,
    WITHDRAWN,
    REFUSED
}
