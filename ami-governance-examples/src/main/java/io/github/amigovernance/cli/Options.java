package io.github.amigovernance.cli;

import io.github.amigovernance.core.InputProblem;
import io.github.amigovernance.core.InvalidInputException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.List;

/** Turns a bad option value or an unusable path into the same kind of error as a bad file. */
final class Options {

    private Options() {
    }

    static InvalidInputException invalid(String option, String message) {
        return new InvalidInputException(List.of(InputProblem.of(option, message)));
    }

    static void requirePositive(String option, int value) {
        if (value < 1) {
            throw invalid(option, "expected a positive number, found " + value);
        }
    }

    static void requireWithin(String option, int value, int min, int max) {
        if (value < min || value > max) {
            throw invalid(option, "expected a number from " + min + " to " + max + ", found " + value);
        }
    }

    /** Says what went wrong with a file operation without a Java class name. */
    static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied (" + e.getMessage() + ")";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder (" + e.getMessage() + ")";
        }
        if (e instanceof NotDirectoryException || e instanceof FileAlreadyExistsException) {
            return "a file stands where a folder is needed (" + e.getMessage() + ")";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason() + " (" + fs.getFile() + ")";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
