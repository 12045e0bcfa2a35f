package io.github.amigovernance.core.policy;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One rendered policy: its kind and the exact text that is written and uploaded.
 *
 * @param kind which policy this is
 * @param content the policy text, exactly as written to its file
 */
public record PolicyDocument(PolicyKind kind, String content) {

    /** Checks that no part is missing. */
    public PolicyDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(content, "content");
    }

    /**
     * Returns the size AWS Organizations counts against its limit: the number of characters
     * (Unicode code points) in the text, white space included.
     */
    public int characters() {
        return content.codePointCount(0, content.length());
    }

    /** Returns the content encoded as UTF-8, which is what the file holds. */
    public byte[] bytes() {
        return content.getBytes(StandardCharsets.UTF_8);
    }
}
