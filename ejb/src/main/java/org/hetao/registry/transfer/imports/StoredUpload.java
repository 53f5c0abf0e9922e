package org.hetao.registry.transfer.imports;

import java.nio.file.Path;

/** An uploaded file as stored on disk: where, how many bytes, and their SHA-256. */
public record StoredUpload(Path path, long bytes, String sha256) {}
