package io.github.amigovernance.core.impact;

import java.util.Set;
import java.util.TreeSet;

/**
 * Everything one worker thread learns while reading its share of the files. Workers never share
 * state; the coordinator merges their states once all files are read. Not thread-safe.
 */
final class WorkerState {

    final Inventory inventory = new Inventory();
    final LaunchLog launches = new LaunchLog();
    final ProblemLog problems;
    final Set<String> accounts = new TreeSet<>();
    final Set<String> captureAccounts = new TreeSet<>();
    final Set<String> regions = new TreeSet<>();

    long captureFiles;
    long instancesNotChecked;
    long cloudTrailFiles;
    long cloudTrailRecords;
    long launchEvents;
    long otherLaunchEvents;

    WorkerState(int problemCapacity) {
        this.problems = new ProblemLog(problemCapacity);
    }

    /** Adds everything another worker learned to this state. */
    void merge(WorkerState other) {
        inventory.merge(other.inventory);
        launches.merge(other.launches);
        problems.merge(other.problems);
        accounts.addAll(other.accounts);
        captureAccounts.addAll(other.captureAccounts);
        regions.addAll(other.regions);
        captureFiles += other.captureFiles;
        instancesNotChecked += other.instancesNotChecked;
        cloudTrailFiles += other.cloudTrailFiles;
        cloudTrailRecords += other.cloudTrailRecords;
        launchEvents += other.launchEvents;
        otherLaunchEvents += other.otherLaunchEvents;
    }
}
