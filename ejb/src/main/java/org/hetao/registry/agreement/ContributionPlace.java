package org.hetao.registry.agreement;

/** Where an inventor's contribution was made; it decides whether a confidentiality examination applies. */
public enum ContributionPlace {
    HONG_KONG,
    MAINLAND,
    ELSEWHERE
}
