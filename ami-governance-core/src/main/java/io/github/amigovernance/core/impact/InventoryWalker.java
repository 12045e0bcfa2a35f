package io.github.amigovernance.core.impact;

import io.github.amigovernance.core.InputProblem;
import io.github.amigovernance.core.InvalidInputException;
import io.github.amigovernance.core.model.AccountId;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;

/**
 * Finds the files of an inventory and tells what each holds, by where it lies:
 * <ul>
 *   <li>{@code <account-id>/<region>/<name>.json} (or {@code .json.gz}): an AWS CLI capture of that
 *       account and region. The region folder's name is taken as it is, whatever it looks like.</li>
 *   <li>any {@code .json} or {@code .json.gz} file below a folder named {@code CloudTrail}: a CloudTrail
 *       log file, as CloudTrail lays them out in S3 ({@code AWSLogs/[o-…/]<account>/CloudTrail/<region>/…}).
 *       Other files below {@code AWSLogs} (digests, Insights, other services' logs) are skipped.</li>
 * </ul>
 * Anything else is reported as ignored, so that a misplaced capture is noticed rather than
 * silently missed. Names starting with a dot are hidden and skipped. Symbolic links are followed.
 * Nothing is kept in memory per file: the walk hands each file on as it finds it.
 */
final class InventoryWalker {

    /**
     * What a walk found in total.
     *
     * @param files the files to read
     * @param bytes their stored size
     */
    record Plan(long files, long bytes) {
    }

    /** Receives the files to read, one at a time, in the order the walk finds them. */
    @FunctionalInterface
    interface Sink {
        void accept(InputFile file) throws InterruptedException;
    }

    private static final String CLOUDTRAIL = "CloudTrail";
    private static final String AWS_LOGS = "AWSLogs";

    private final Path inventory;
    private final List<Path> cloudTrailRoots;

    InventoryWalker(Path inventory, List<Path> cloudTrailRoots) {
        this.inventory = inventory;
        this.cloudTrailRoots = List.copyOf(cloudTrailRoots);
    }

    /**
     * Checks that every folder to scan exists and can be listed.
     *
     * @throws InvalidInputException naming each folder that cannot be used
     */
    void checkRoots() {
        List<InputProblem> problems = new ArrayList<>();
        List<Path> roots = new ArrayList<>();
        roots.add(inventory);
        roots.addAll(cloudTrailRoots);
        for (Path root : roots) {
            String label = root.toString();
            if (!Files.exists(root)) {
                problems.add(InputProblem.of(label, "no such folder"));
            } else if (!Files.isDirectory(root)) {
                problems.add(InputProblem.of(label, "is a file; expected a folder of captures"));
            } else {
                try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
                    entries.iterator().hasNext();
                } catch (AccessDeniedException e) {
                    problems.add(InputProblem.of(label, "permission denied; the folder cannot be listed"));
                } catch (IOException e) {
                    problems.add(InputProblem.of(label, "the folder cannot be listed: " + e.getMessage()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** Counts the files to read and their size, without reporting anything. */
    Plan plan() throws IOException, InterruptedException {
        long[] totals = new long[2];
        walk(file -> {
            totals[0]++;
            totals[1] += file.size();
        }, problem -> { }, () -> { });
        return new Plan(totals[0], totals[1]);
    }

    /**
     * Walks every folder, handing each file to read to {@code sink}.
     *
     * @param problems receives files that were ignored and folders that could not be read
     * @param skipped is called once for each file skipped on purpose (CloudTrail digests and the like)
     */
    void walk(Sink sink, Consumer<InputProblem> problems, Runnable skipped) throws IOException, InterruptedException {
        walkRoot(inventory, true, sink, problems, skipped);
        for (Path root : cloudTrailRoots) {
            walkRoot(root, false, sink, problems, skipped);
        }
    }

    private void walkRoot(Path root, boolean isInventory, Sink sink, Consumer<InputProblem> problems, Runnable skipped)
            throws IOException, InterruptedException {
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE
                                    : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (hidden(file) || !attrs.isRegularFile()) {
                                return FileVisitResult.CONTINUE;
                            }
                            classify(root, file, attrs.size(), isInventory, sink, problems, skipped);
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            problems.accept(InputProblem.of(file.toString(), unreadable(e)));
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                            if (e != null) {
                                problems.accept(InputProblem.of(dir.toString(), unreadable(e)));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (Interrupted e) {
            throw e.cause;
        }
    }

    private static void classify(Path root, Path file, long size, boolean isInventory, Sink sink,
            Consumer<InputProblem> problems, Runnable skipped) {
        Path relative = root.relativize(file);
        int depth = relative.getNameCount();
        List<String> folders = new ArrayList<>(depth - 1);
        for (int i = 0; i < depth - 1; i++) {
            folders.add(relative.getName(i).toString());
        }
        String name = relative.getFileName().toString();
        boolean json = JsonInputs.isJsonName(name);
        boolean underCloudTrail = folders.contains(CLOUDTRAIL);
        boolean underLogs = folders.contains(AWS_LOGS)
                || folders.stream().anyMatch(f -> f.startsWith(CLOUDTRAIL + "-"));
        if (underCloudTrail || !isInventory) {
            if (json && (underCloudTrail || !underLogs)) {
                hand(sink, new InputFile(file, InputFile.Kind.CLOUDTRAIL, null, null, size));
            } else {
                skipped.run();
            }
            return;
        }
        if (underLogs) {
            skipped.run();
            return;
        }
        boolean inAccount = !folders.isEmpty() && AccountId.isValid(folders.get(0));
        if (inAccount && depth == 3 && json) {
            hand(sink, new InputFile(file, InputFile.Kind.CAPTURE, AccountId.of(folders.get(0)), folders.get(1), size));
            return;
        }
        String reason;
        if (inAccount && depth == 3) {
            reason = "ignored: not a .json or .json.gz file; captures are the JSON the AWS CLI prints";
        } else if (inAccount) {
            reason = "ignored: captures lie directly in <account-id>/<region>/, and this file is " + (depth - 1)
                    + (depth == 2 ? " folder" : " folders") + " deep";
        } else {
            reason = "ignored: not in an account folder; expected <account-id>/<region>/<capture>.json with a"
                    + " 12-digit account ID, or CloudTrail log files below a CloudTrail folder";
        }
        problems.accept(InputProblem.of(file.toString(), reason));
    }

    private static void hand(Sink sink, InputFile file) {
        try {
            sink.accept(file);
        } catch (InterruptedException e) {
            throw new Interrupted(e);
        }
    }

    private static boolean hidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static String unreadable(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied; skipped";
        }
        if (e instanceof FileSystemLoopException) {
            return "a symbolic link loops back to a folder above it; skipped";
        }
        if (e instanceof NoSuchFileException) {
            return "disappeared while the folder was read; skipped";
        }
        return "could not be read: " + e.getMessage() + "; skipped";
    }

    /** Carries an interruption out of the file visitor, which cannot throw checked exceptions. */
    private static final class Interrupted extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient InterruptedException cause;

        Interrupted(InterruptedException cause) {
            super(null, null, false, false);
            this.cause = cause;
        }
    }
}
