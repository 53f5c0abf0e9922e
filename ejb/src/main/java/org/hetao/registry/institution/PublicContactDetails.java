package org.hetao.registry.institution;

/** An institution's public contact for licensing, as a client states it; every field may be blank. */
public record PublicContactDetails(String office, String email, String phone, String webPage) {}
