package io.github.amigovernance.core.impact;

import io.github.amigovernance.core.config.ConfigLoader;
import io.github.amigovernance.core.model.GovernanceConfig;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/** Builds test inventories from the fixture files, which hold AWS CLI and CloudTrail output as AWS writes it. */
final class Fixtures {

    static final String ORG_TRAIL = "AWSLogs/o-abc123def4/";
    static final String US_EAST_LOG = "333344445555_CloudTrail_us-east-1_20261130T1505Z_Ab12Cd34Ef56Gh78.json";
    static final String ISOE_LOG = "444455556666_CloudTrail_eu-isoe-west-1_20261201T0805Z_Zz98Yy76Xx54Ww32.json";

    private Fixtures() {
    }

    /** Returns a fixture file or folder of this package. */
    static Path resource(String name) {
        try {
            return Path.of(Fixtures.class.getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + name, e);
        }
    }

    /** Loads the fixture config: an ops publisher, one vendor, one active exception, no provider alias. */
    static GovernanceConfig config() {
        return new ConfigLoader().load(resource("config.json"));
    }

    /**
     * Lays out the full fixture inventory under {@code root}: the captures of two accounts, the
     * us-east-1 CloudTrail log gzip-compressed in an organization trail's S3 layout, the
     * eu-isoe-west-1 log uncompressed, and a digest file that must be skipped.
     */
    static Path inventory(Path root) throws IOException {
        copyTree(resource("inventory"), root);
        gzip(resource("cloudtrail/" + US_EAST_LOG),
                root.resolve(ORG_TRAIL + "333344445555/CloudTrail/us-east-1/2026/11/30/" + US_EAST_LOG + ".gz"));
        copy(resource("cloudtrail/" + ISOE_LOG),
                root.resolve(ORG_TRAIL + "444455556666/CloudTrail/eu-isoe-west-1/2026/12/01/" + ISOE_LOG));
        write(root.resolve(ORG_TRAIL + "333344445555/CloudTrail-Digest/us-east-1/2026/11/30/"
                + "333344445555_CloudTrail-Digest_us-east-1_trail_us-east-1_20261130T1530Z.json.gz"),
                new byte[] {1, 2, 3});
        return root;
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    copy(file, target);
                }
            }
        }
    }

    static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to);
    }

    static void gzip(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(to))) {
            Files.copy(from, out);
        }
    }

    static void gzip(byte[] content, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(to))) {
            out.write(content);
        }
    }

    static Path write(Path file, byte[] content) {
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path file, String content) {
        return write(file, content.getBytes(StandardCharsets.UTF_8));
    }
}
