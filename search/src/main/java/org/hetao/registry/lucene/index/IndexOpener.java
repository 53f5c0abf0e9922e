package org.hetao.registry.lucene.index;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.hetao.registry.lucene.IndexStatus;

/**
 * Opens the on-disk index for writing, first checking what is there: nothing, a corrupt index
 * (unreadable, or failing the checksums of its files), an index of another format version, or a
 * usable one. In the first three cases the Lucene files are deleted and an empty index is
 * created, so the caller can rebuild from the database. Only files named like Lucene's are ever
 * deleted, and never the write lock.
 */
public final class IndexOpener {

    /** An open directory with its writer, what was found, and the generation of the last rebuild. */
    public record Opened(Directory directory, IndexWriter writer, IndexStatus status, long generation) {}

    private record Found(IndexStatus status, long generation) {}

    private IndexOpener() {}

    public static Opened open(Path path) throws IOException {
        Files.createDirectories(path);
        Directory directory = FSDirectory.open(path);
        try {
            Found found = inspect(directory);
            IndexStatus status = found.status();
            IndexWriterConfig config = new IndexWriterConfig(FieldAnalyzers.perField());
            IndexWriter writer;
            if (status == IndexStatus.READY || status == IndexStatus.INCOMPLETE) {
                config.setOpenMode(IndexWriterConfig.OpenMode.APPEND);
                writer = new IndexWriter(directory, config);
                writer.setLiveCommitData(IndexCommitData.of(status == IndexStatus.READY, found.generation())
                        .entrySet());
                return new Opened(directory, writer, status, found.generation());
            }
            deleteIndexFiles(directory);
            config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
            writer = new IndexWriter(directory, config);
            writer.setLiveCommitData(IndexCommitData.of(false, 0).entrySet());
            writer.commit();
            return new Opened(directory, writer, status, 0);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** Decides what state the index in {@code directory} is in, reading every file's checksum. */
    private static Found inspect(Directory directory) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return new Found(IndexStatus.MISSING, 0);
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                leaf.reader().checkIntegrity();
            }
            Map<String, String> userData = reader.getIndexCommit().getUserData();
            if (!IndexCommitData.isCurrentFormat(userData)) {
                return new Found(IndexStatus.STALE_FORMAT, 0);
            }
            IndexStatus status = IndexCommitData.isComplete(userData) ? IndexStatus.READY : IndexStatus.INCOMPLETE;
            return new Found(status, IndexCommitData.generation(userData));
        } catch (CorruptIndexException
                | IndexFormatTooOldException
                | IndexFormatTooNewException
                | EOFException
                | NoSuchFileException
                | FileNotFoundException e) {
            return new Found(IndexStatus.CORRUPT, 0);
        }
    }

    private static void deleteIndexFiles(Directory directory) throws IOException {
        for (String name : directory.listAll()) {
            boolean luceneFile = name.startsWith(IndexFileNames.SEGMENTS)
                    || name.startsWith(IndexFileNames.PENDING_SEGMENTS)
                    || IndexFileNames.CODEC_FILE_PATTERN.matcher(name).matches();
            if (luceneFile) {
                directory.deleteFile(name);
            }
        }
    }
}
