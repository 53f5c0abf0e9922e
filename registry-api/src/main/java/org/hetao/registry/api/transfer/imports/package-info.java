/** Bulk import: uploads of CSV and JSON Lines files as jobs, their progress and reports, and the templates. */
package org.hetao.registry.api.transfer.imports;
