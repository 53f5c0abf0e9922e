package org.hetao.registry.capital;

/** The side of the boundary a grant comes from: Hong Kong or the Mainland. */
public enum BoundarySide {
    HK,
    MAINLAND
}
