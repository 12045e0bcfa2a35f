package io.github.amigovernance.core.verify;

import java.util.Objects;

/**
 * The text of a policy file to be verified, with the name to report it by.
 *
 * @param source the file name or label
 * @param content the file's bytes
 */
public record PolicyFile(String source, byte[] content) {

    /** Checks that no part is missing; the bytes are copied. */
    public PolicyFile {
        Objects.requireNonNull(source, "source");
        content = content.clone();
    }

    /** Returns a copy of the file's bytes. */
    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PolicyFile file && source.equals(file.source)
                && java.util.Arrays.equals(content, file.content);
    }

    @Override
    public int hashCode() {
        return 31 * source.hashCode() + java.util.Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "PolicyFile[" + source + ", " + content.length + " bytes]";
    }
}
