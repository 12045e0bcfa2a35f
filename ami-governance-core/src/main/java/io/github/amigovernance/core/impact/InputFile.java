package io.github.amigovernance.core.impact;

import io.github.amigovernance.core.model.AccountId;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One file an impact scan reads.
 *
 * @param path the file, as found under the folder the caller named
 * @param kind what the file holds
 * @param account for captures, the account folder it lies in; {@code null} for CloudTrail files
 * @param region for captures, the region folder it lies in; {@code null} for CloudTrail files
 * @param size the stored size in bytes
 */
record InputFile(Path path, Kind kind, AccountId account, String region, long size) {

    /** What a file holds. */
    enum Kind {
        /** AWS CLI output for one account and region. */
        CAPTURE,
        /** A CloudTrail log file: {@code {"Records": [...]}}, plain or gzip-compressed. */
        CLOUDTRAIL
    }

    InputFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.CAPTURE && (account == null || region == null)) {
            throw new IllegalArgumentException("a capture file lies in an account and a region folder: " + path);
        }
    }

    /** Returns the file's name as problems report it. */
    String label() {
        return path.toString();
    }

    /** Returns whether the file is gzip-compressed, judged by its name as CloudTrail writes it. */
    boolean compressed() {
        return path.getFileName().toString().endsWith(".gz");
    }
}
