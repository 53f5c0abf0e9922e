package org.hetao.registry.transfer.imports;

/** What an upload asks for: the kind of records, the file's format, all-or-nothing or a dry run, and what to do with duplicates. */
public record ImportRequest(
        ImportKind kind, ImportFormat format, ImportMode mode, OnDuplicate onDuplicate, String fileName) {}
