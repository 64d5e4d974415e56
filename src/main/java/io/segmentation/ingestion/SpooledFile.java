package io.segmentation.ingestion;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A request body copied once to a temporary file while its SHA-256 is computed, so it can be read several times;
 * closing it deletes the file.
 *
 * @param path   the temporary file
 * @param size   bytes copied
 * @param sha256 lower-case hex SHA-256 of the bytes
 */
public record SpooledFile(Path path, long size, String sha256) implements AutoCloseable {

    /**
     * Copies {@code content} to a new temporary file; the file is removed again when copying fails.
     *
     * @param suffix the file name's ending, e.g. {@code .csv}
     * @throws IOException when the stream or the disk fails
     */
    public static SpooledFile of(InputStream content, String prefix, String suffix) throws IOException {
        Path tmp = Files.createTempFile(prefix, suffix);
        try {
            MessageDigest sha = newDigest();
            long size;
            try (var in = new DigestInputStream(content, sha)) {
                size = Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
            return new SpooledFile(tmp, size, HexFormat.of().formatHex(sha.digest()));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(path);
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
