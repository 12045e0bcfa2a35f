package io.github.amigovernance.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Temporary folders for properties that write files on every try.
 *
 * <p>Writing a policy pair forces three syncs to disk, about 15 ms on an ordinary disk, which a
 * thousand tries turn into a quarter of a minute. What such properties check is which files exist
 * and what they hold, not durability, so {@link #create} puts the folder in memory when the machine
 * has a memory-backed {@code /dev/shm}, and in the usual temporary folder otherwise.
 */
public final class TempFolders {

    private static final Path MEMORY = Path.of("/dev/shm");

    private TempFolders() {
    }

    /** Creates an empty folder whose name starts with {@code prefix}; see the class description for where. */
    public static Path create(String prefix) {
        try {
            if (Files.isDirectory(MEMORY) && Files.isWritable(MEMORY)) {
                return Files.createTempDirectory(MEMORY, prefix);
            }
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder", e);
        }
    }

    /** Deletes {@code folder} and everything in it; does nothing when it does not exist. */
    public static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + folder, e);
        }
    }
}
