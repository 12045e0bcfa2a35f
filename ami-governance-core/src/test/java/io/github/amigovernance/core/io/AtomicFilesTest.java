package io.github.amigovernance.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class AtomicFilesTest {

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writeAll_newFolder_writesEveryFileReadableByAll(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("dist/nested");
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("a.json", bytes("{}"));
        files.put("b.json", bytes("[]"));

        List<Path> written = AtomicFiles.writeAll(out, files);

        assertEquals(List.of(out.resolve("a.json"), out.resolve("b.json")), written);
        assertEquals(List.of("a.json", "b.json"), names(out));
        assertArrayEquals(bytes("[]"), Files.readAllBytes(out.resolve("b.json")));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("a.json"))));
    }

    @Test
    void writeAll_secondTargetIsAFolder_leavesFirstFileUntouchedAndNoTemporaryFile(@TempDir Path dir)
            throws IOException {
        Files.write(dir.resolve("a.json"), bytes("old"));
        Files.createDirectory(dir.resolve("b.json"));
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("a.json", bytes("new"));
        files.put("b.json", bytes("new"));

        IOException e = assertThrows(IOException.class, () -> AtomicFiles.writeAll(dir, files));

        assertEquals(dir.resolve("b.json").toString(), ((java.nio.file.FileSystemException) e).getFile());
        assertArrayEquals(bytes("old"), Files.readAllBytes(dir.resolve("a.json")));
        assertEquals(List.of("a.json", "b.json"), names(dir));
    }

    @Test
    void writeAll_existingFile_keepsItsPermissions(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("a.json");
        Files.write(target, bytes("old"));
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));

        AtomicFiles.writeAll(dir, Map.of("a.json", bytes("new")));

        assertArrayEquals(bytes("new"), Files.readAllBytes(target));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    }

    @Test
    void writeAll_executables_mayBeRunByWhoeverMayReadThem(@TempDir Path dir) throws IOException {
        Path kept = dir.resolve("kept.sh");
        Files.write(kept, bytes("old"));
        Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-r-----"));
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("new.sh", bytes("#!/bin/sh"));
        files.put("kept.sh", bytes("#!/bin/sh"));
        files.put("data.json", bytes("{}"));

        AtomicFiles.writeAll(dir, files, Set.of("new.sh", "kept.sh"));

        assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("new.sh"))));
        assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(kept)));
        assertEquals("rw-r--r--",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("data.json"))));
    }

    @Test
    void writeAll_pathInsteadOfName_isRefused(@TempDir Path dir) {
        assertThrows(IllegalArgumentException.class,
                () -> AtomicFiles.writeAll(dir, Map.of("../escape.json", bytes("x"))));
    }
}
