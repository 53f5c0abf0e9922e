/**
 * The file format that imports read and exports write, so that an export is a file the import takes
 * back: the record kinds, the columns of each kind in file order, list cells and their escaping, the
 * registry reference of a record ({@code registry:<instance>:<id>}), a backup's header line, strict
 * UTF-8 decoding and the guard against spreadsheet formulas. How the files are read is in {@code
 * transfer.imports}, how they are written in {@code transfer.exports}; docs/import-export.md describes
 * the format for people.
 */
package org.hetao.registry.transfer.format;
