package io.github.amigovernance.core.deploy;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One rendered deployment file.
 *
 * @param format what the file is
 * @param content the file's text
 */
public record DeploymentFile(DeploymentFormat format, String content) {

    /** Checks that no part is missing. */
    public DeploymentFile {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(content, "content");
    }

    /** Returns the name the file is written under. */
    public String fileName() {
        return format.fileName();
    }

    /** Returns the content encoded as UTF-8, which is what the file holds. */
    public byte[] bytes() {
        return content.getBytes(StandardCharsets.UTF_8);
    }
}
