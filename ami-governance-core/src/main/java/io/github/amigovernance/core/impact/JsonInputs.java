package io.github.amigovernance.core.impact;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.github.amigovernance.core.json.Quoting;
import io.github.amigovernance.core.json.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.concurrent.atomic.LongAdder;
import java.util.zip.GZIPInputStream;

/**
 * Opens capture and CloudTrail files as streaming JSON parsers: decompressing gzip on the fly,
 * counting stored and decompressed bytes for progress reports, and bounding what one file may
 * expand to. Nothing here holds a whole file in memory. Safe to share between threads.
 */
final class JsonInputs {

    /** The most a single file may decompress to before the scan gives up on it: 4 GiB. */
    static final long DEFAULT_MAX_JSON_BYTES = 4L << 30;

    private static final int GZIP_BUFFER = 64 * 1024;

    private final JsonFactory factory;
    private final long maxJsonBytes;

    JsonInputs(long maxJsonBytes) {
        this.maxJsonBytes = maxJsonBytes;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(256)
                        .maxStringLength(64 * 1024 * 1024)
                        .maxNumberLength(256)
                        .build())
                .build();
    }

    /** Returns the most one file may decompress to. */
    long maxJsonBytes() {
        return maxJsonBytes;
    }

    /**
     * An open file: the parser, and the stream that counts the stored bytes read so far.
     *
     * @param parser the parser; closing it closes the file
     * @param stored counts the bytes read from disk
     */
    record Opened(JsonParser parser, CountingInputStream stored) {
    }

    /**
     * Opens {@code file} for streaming.
     *
     * @param storedBytes receives the bytes read from disk
     * @param jsonBytes receives the bytes of JSON handed to the parser
     */
    Opened open(InputFile file, LongAdder storedBytes, LongAdder jsonBytes) throws IOException {
        CountingInputStream stored = new CountingInputStream(Files.newInputStream(file.path()), storedBytes,
                Long.MAX_VALUE);
        try {
            InputStream json = file.compressed() ? new GZIPInputStream(stored, GZIP_BUFFER) : stored;
            return new Opened(factory.createParser(new CountingInputStream(json, jsonBytes, maxJsonBytes)), stored);
        } catch (IOException | RuntimeException e) {
            stored.close();
            throw e;
        }
    }

    /** Returns where the parser's current token starts; line 1, column 1 when the parser cannot tell. */
    static SourceLocation tokenLocation(JsonParser parser) {
        return location(parser.currentTokenLocation());
    }

    /** Converts a parser location, falling back to line 1, column 1. */
    static SourceLocation location(JsonLocation location) {
        if (location == null || location.getLineNr() < 1 || location.getColumnNr() < 1) {
            return new SourceLocation(1, 1);
        }
        return new SourceLocation(location.getLineNr(), location.getColumnNr());
    }

    /** Describes the current token for a message, such as {@code the number 12} or {@code an array}. */
    static String describe(JsonParser parser, JsonToken token) throws IOException {
        if (token == null) {
            return "the end of the file";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "the string " + Quoting.quote(parser.getText());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + Quoting.truncate(parser.getText());
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NULL -> "null";
            default -> token.toString();
        };
    }

    /** Returns whether {@code name} is the name of a JSON file this scan reads: {@code .json} or {@code .json.gz}. */
    static boolean isJsonName(String name) {
        return name.endsWith(".json") || name.endsWith(".json.gz");
    }

    /** Checks that nothing but white space follows the top-level value. */
    static boolean atEnd(JsonParser parser) throws IOException {
        return parser.nextToken() == null;
    }
}
