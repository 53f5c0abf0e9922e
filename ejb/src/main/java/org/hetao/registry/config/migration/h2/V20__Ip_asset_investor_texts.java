package org.hetao.registry.config.migration.h2;

import org.hetao.registry.config.migration.InvestorTextsMigration;

/** {@link InvestorTextsMigration} on H2. */
public class V20__Ip_asset_investor_texts extends InvestorTextsMigration {
    @Override
    protected String text(int length) {
        return "VARCHAR(" + length + ")";
    }
}
