package io.github.amigovernance.testkit.json;

/** Thrown when text is not the JSON {@link Json} expects; the message names the offset. */
public final class JsonSyntaxException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int offset;

    /**
     * Creates the exception.
     *
     * @param message what is wrong
     * @param offset where, as a character offset from the start of the text
     */
    public JsonSyntaxException(String message, int offset) {
        super(message + " at offset " + offset);
        this.offset = offset;
    }

    /** Returns the character offset of the problem. */
    public int offset() {
        return offset;
    }
}
