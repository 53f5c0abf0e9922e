package org.hetao.registry.catalogue;

import java.util.List;
import org.hetao.registry.institution.Institution;
import org.hetao.registry.ipasset.IpAsset;

/** An IP asset of the public catalogue with the institutions that own it now (names only: shares stay internal). */
public record PublicAsset(IpAsset asset, List<Institution> owners) {}
