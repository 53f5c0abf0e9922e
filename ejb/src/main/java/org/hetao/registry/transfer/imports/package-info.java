/** Bulk import of institutions, people, projects and IP assets from CSV and JSON Lines, run as jobs. */
package org.hetao.registry.transfer.imports;
