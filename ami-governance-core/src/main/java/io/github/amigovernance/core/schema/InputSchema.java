package io.github.amigovernance.core.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The JSON Schemas (draft 2020-12) of the two files people write: the config and an exception
 * request. Editors use them to check a file as it is typed; the loaders remain the authority and
 * are stricter in the few places a schema cannot follow (see each constant).
 *
 * <p>Each schema is a resource of this library at a path that does not change between versions,
 * and its {@code $id} is a stable identifier, not a promise that the document is served there.
 */
public enum InputSchema {

    /**
     * The config ({@code ami_publishers.json}). The loader also checks that an exception's type is
     * defined and that no type's {@code max_days} exceeds {@code exception_policy.max_days}.
     */
    CONFIG("config", "ami-publishers.schema.json"),

    /**
     * An exception request. The loader also checks that the type is one the config's exception
     * policy defines.
     */
    REQUEST("request", "exception-request.schema.json");

    private static final String ID_BASE = "https://amigovernance.github.io/schemas/";
    private static final String RESOURCE_DIRECTORY = "/io/github/amigovernance/core/schema/";

    private final String label;
    private final String fileName;

    InputSchema(String label, String fileName) {
        this.label = label;
        this.fileName = fileName;
    }

    /** Returns the short name the command line uses for this schema: {@code config} or {@code request}. */
    public String label() {
        return label;
    }

    /** Returns the schema's file name, such as {@code ami-publishers.schema.json}. */
    public String fileName() {
        return fileName;
    }

    /** Returns the schema's {@code $id}: a stable identifier, also written inside the schema. */
    public String id() {
        return ID_BASE + fileName;
    }

    /** Returns the class-path resource that holds the schema, as an absolute resource name. */
    public String resourcePath() {
        return RESOURCE_DIRECTORY + fileName;
    }

    /**
     * Returns the schema's bytes (UTF-8 JSON), exactly as shipped.
     *
     * @throws IllegalStateException if the resource is missing, which means the library jar is broken
     */
    public byte[] bytes() {
        try (InputStream in = InputSchema.class.getResourceAsStream(resourcePath())) {
            if (in == null) {
                throw new IllegalStateException("the schema resource " + resourcePath() + " is missing from the"
                        + " ami-governance-core jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("reading the schema resource " + resourcePath() + " failed", e);
        }
    }

    /** Returns the schema as text; see {@link #bytes()}. */
    public String text() {
        return new String(bytes(), StandardCharsets.UTF_8);
    }

    /** Returns the schema with the given {@linkplain #label() label}, if there is one. */
    public static Optional<InputSchema> fromLabel(String label) {
        for (InputSchema schema : values()) {
            if (schema.label.equals(label)) {
                return Optional.of(schema);
            }
        }
        return Optional.empty();
    }
}
