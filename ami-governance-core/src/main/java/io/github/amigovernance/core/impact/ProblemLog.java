package io.github.amigovernance.core.impact;

import io.github.amigovernance.core.InputProblem;
import io.github.amigovernance.core.json.SourceLocation;
import java.util.Comparator;
import java.util.List;

/**
 * Counts the input problems of a scan and keeps the first ones in file order, so that a folder full
 * of broken files reports the same problems whatever order the files were read in, in bounded
 * memory. Not thread-safe: each worker keeps its own and the logs are merged at the end.
 */
final class ProblemLog {

    static final Comparator<InputProblem> FILE_ORDER = Comparator.comparing(InputProblem::source)
            .thenComparingInt(p -> p.location().map(SourceLocation::line).orElse(0))
            .thenComparingInt(p -> p.location().map(SourceLocation::column).orElse(0))
            .thenComparing(InputProblem::path)
            .thenComparing(InputProblem::message);

    private final BoundedSample<InputProblem> kept;
    private long count;

    ProblemLog(int capacity) {
        this.kept = new BoundedSample<>(capacity, FILE_ORDER);
    }

    /** Records a problem at a place in a file. */
    void add(InputFile file, String path, SourceLocation at, String message) {
        add(InputProblem.at(file.label(), path, at, message));
    }

    /** Records a problem with a file as a whole. */
    void add(InputFile file, String message) {
        add(InputProblem.of(file.label(), message));
    }

    /** Records a problem. */
    void add(InputProblem problem) {
        count++;
        kept.add(problem);
    }

    /** Adds the problems of another log to this one. */
    void merge(ProblemLog other) {
        count += other.count;
        kept.addAll(other.kept);
    }

    /** Returns how many problems were recorded in all. */
    long count() {
        return count;
    }

    /** Returns the problems kept, in file order. */
    List<InputProblem> kept() {
        return kept.values();
    }
}
