package org.hetao.registry.agreement.lifecycle;

/** Who signs for a party (named by its code, the institution's short name), and in what capacity. */
public record Signatory(String party, String name, String title) {}
