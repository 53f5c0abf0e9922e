package org.hetao.registry.statistics;

import org.hetao.registry.project.Park;
import org.hetao.registry.project.StaffRole;

/** Which staff a head count covers; each null filter covers all. The institution is the person's home institution. */
public record HeadCountFilter(Long institutionId, Park park, StaffRole role) {
    public static final HeadCountFilter ALL = new HeadCountFilter(null, null, null);
}
