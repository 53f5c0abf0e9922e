package org.hetao.registry.api.ipasset;

import java.util.List;
import org.hetao.registry.ipasset.IpStatus;

/**
 * An asset's protection, derived from its filings (read-only): {@code state} GRANTED, PENDING or NO_FILING, the
 * jurisdictions where it is granted, pending and planned, and the same in words ("granted in CN, HK; pending in US").
 */
public record IpStatusView(
        String state, List<String> granted, List<String> pending, List<String> planned, String text) {
    public static IpStatusView of(IpStatus s) {
        return new IpStatusView(
                s.state().name(),
                s.granted().stream().map(Enum::name).toList(),
                s.pending().stream().map(Enum::name).toList(),
                s.planned().stream().map(Enum::name).toList(),
                s.describe());
    }
}
