/** Patent docketing: the deadlines that follow from an asset's filings under versioned rules, reminders and exports. */
package org.hetao.registry.docket;
