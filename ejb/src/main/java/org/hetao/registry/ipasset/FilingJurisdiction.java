package org.hetao.registry.ipasset;

public enum FilingJurisdiction {
    CN,
    HK,
    PCT,
    US,
    EP,
    OTHER
}
