package io.github.amigovernance.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a set of files so that a reader never sees a half-written one and a failure leaves the
 * previous files as they were.
 *
 * <p>Every file is first written in full to a temporary file in the target folder and flushed to
 * disk; only when all of them are written are they renamed over their targets, each rename being
 * atomic on POSIX file systems. If anything fails before the renames, no target has changed and
 * no temporary file is left behind. The renames themselves happen one after the other: a crash
 * between two of them (the machine losing power, say) can leave a new file beside an old one.
 */
public final class AtomicFiles {

    private static final Set<PosixFilePermission> NEW_FILE_PERMISSIONS = PosixFilePermissions.fromString("rw-r--r--");
    private static final Set<PosixFilePermission> TEMPORARY_FILE_PERMISSIONS =
            PosixFilePermissions.fromString("rw-------");

    /** How many names are tried for one temporary file before giving up. */
    private static final int MAX_NAME_ATTEMPTS = 1000;

    /**
     * Holds the logger, made on first use: logging is set up only when there is something to log,
     * which keeps it out of a short command-line run that writes files without trouble.
     */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(AtomicFiles.class);
    }

    private AtomicFiles() {
    }

    /**
     * Writes each file of {@code contents} into {@code directory}, creating the folder if needed.
     *
     * @param directory the target folder
     * @param contents the bytes of each file, by file name; written in this order
     * @return the paths written, in the same order
     * @throws IOException if any file cannot be written, in which case no target has changed
     */
    public static List<Path> writeAll(Path directory, Map<String, byte[]> contents) throws IOException {
        return writeAll(directory, contents, Set.of());
    }

    /**
     * Writes each file of {@code contents} into {@code directory}, as {@link #writeAll(Path, Map)}
     * does, and makes the named ones executable by everyone who may read them.
     *
     * @param directory the target folder
     * @param contents the bytes of each file, by file name; written in this order
     * @param executables the names of the files that are scripts to run
     * @return the paths written, in the same order
     * @throws IOException if any file cannot be written, in which case no target has changed
     */
    public static List<Path> writeAll(Path directory, Map<String, byte[]> contents, Set<String> executables)
            throws IOException {
        Files.createDirectories(directory);
        Map<Path, Path> staged = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, byte[]> file : contents.entrySet()) {
                Path target = directory.resolve(file.getKey());
                if (!target.getParent().equals(directory)) {
                    throw new IllegalArgumentException("not a plain file name: " + file.getKey());
                }
                if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                    throw new FileSystemException(target.toString(), null, "is a directory");
                }
                Path temporary = createTemporaryFile(directory, file.getKey());
                staged.put(temporary, target);
                write(temporary, file.getValue());
                copyPermissions(target, temporary, executables.contains(file.getKey()));
            }
            List<Path> written = new ArrayList<>();
            for (Map.Entry<Path, Path> move : staged.entrySet()) {
                moveIntoPlace(move.getKey(), move.getValue());
                written.add(move.getValue());
            }
            syncDirectory(directory);
            return List.copyOf(written);
        } finally {
            for (Path temporary : staged.keySet()) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /**
     * Creates an empty temporary file beside the target, readable by its owner only. The file is
     * created only if no file of that name exists, so no other writer can share it; the name comes
     * from the clock, so a clash is rare and just tried again. {@link Files#createTempFile} does the
     * same with a random name, but seeding its {@code SecureRandom} is a noticeable part of a short
     * command-line run.
     */
    private static Path createTemporaryFile(Path directory, String name) throws IOException {
        boolean posix = directory.getFileSystem().supportedFileAttributeViews().contains("posix");
        FileAttribute<?>[] attributes = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(TEMPORARY_FILE_PERMISSIONS)}
                : new FileAttribute<?>[0];
        for (int attempt = 0; attempt < MAX_NAME_ATTEMPTS; attempt++) {
            Path candidate = directory.resolve("." + name + "." + Long.toString(System.nanoTime() & Long.MAX_VALUE,
                    36) + ".tmp");
            try {
                return Files.createFile(candidate, attributes);
            } catch (FileAlreadyExistsException e) {
                // Another writer's file, or one left behind by a process that was killed: take another name.
            }
        }
        throw new FileSystemException(directory.toString(), null, "could not create a temporary file for " + name
                + " after " + MAX_NAME_ATTEMPTS + " attempts; remove the ." + name + ".*.tmp files left there");
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    /**
     * Gives the new file the old file's permissions, or read access for everyone when it is new; an
     * executable also gets execute access for everyone who may read it.
     */
    private static void copyPermissions(Path target, Path temporary, boolean executable) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
        permissions.addAll(Files.exists(target) ? Files.getPosixFilePermissions(target) : NEW_FILE_PERMISSIONS);
        if (executable) {
            addExecuteWhereReadable(permissions, PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_EXECUTE);
            addExecuteWhereReadable(permissions, PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_EXECUTE);
            addExecuteWhereReadable(permissions, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_EXECUTE);
        }
        view.setPermissions(permissions);
    }

    private static void addExecuteWhereReadable(Set<PosixFilePermission> permissions, PosixFilePermission read,
            PosixFilePermission execute) {
        if (permissions.contains(read)) {
            permissions.add(execute);
        }
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Log.LOG.warn("The file system cannot rename {} atomically; replacing it without that guarantee", target);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some platforms cannot open or sync a folder; the files themselves are already on disk.
            Log.LOG.debug("Could not sync folder {}: {}", directory, e.toString());
        }
    }
}
