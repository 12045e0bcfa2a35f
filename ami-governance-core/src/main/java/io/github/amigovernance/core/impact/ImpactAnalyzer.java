package io.github.amigovernance.core.impact;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import io.github.amigovernance.core.InputProblem;
import io.github.amigovernance.core.InvalidInputException;
import io.github.amigovernance.core.model.AccountId;
import io.github.amigovernance.core.model.Allowlist;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.zip.ZipException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scans an inventory and reports what enforcing a config's allowlist would break.
 *
 * <p>Files are read by a fixed number of worker threads, each streaming one file at a time and
 * keeping its own counts; the calling thread walks the folders, feeds the workers through a
 * bounded queue and reports progress. Memory therefore depends on the number of resources and
 * distinct images in the inventory, not on the size of the CloudTrail archive. The report does
 * not depend on which worker read which file.
 *
 * <p>Instances are immutable and safe to share; each call to {@link #analyze} is independent.
 */
public final class ImpactAnalyzer {

    /** How often, at most, a {@link ScanListener} hears about progress. */
    public static final long PROGRESS_INTERVAL_MILLIS = 200;

    private static final Logger LOG = LoggerFactory.getLogger(ImpactAnalyzer.class);
    private static final int QUEUE_CAPACITY = 256;

    private final int threads;
    private final JsonInputs inputs;

    /** Creates an analyzer that reads with one thread per available processor. */
    public ImpactAnalyzer() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /**
     * Creates an analyzer that reads with {@code threads} worker threads.
     *
     * @throws IllegalArgumentException if {@code threads} is not positive
     */
    public ImpactAnalyzer(int threads) {
        this(threads, JsonInputs.DEFAULT_MAX_JSON_BYTES);
    }

    ImpactAnalyzer(int threads, long maxJsonBytesPerFile) {
        if (threads < 1) {
            throw new IllegalArgumentException("an impact scan needs at least one thread, got " + threads);
        }
        this.threads = threads;
        this.inputs = new JsonInputs(maxJsonBytesPerFile);
    }

    /** Returns the number of worker threads. */
    public int threads() {
        return threads;
    }

    /**
     * Reads every capture and CloudTrail file of {@code request} and classifies what enforcement
     * would do. A malformed record or file is reported in {@link ImpactReport#problems()} and the
     * scan goes on.
     *
     * @param listener receives progress reports, on the calling thread
     * @return the report
     * @throws InvalidInputException if a folder to scan is missing or cannot be listed, or holds no
     *     capture and no CloudTrail file at all
     * @throws InterruptedException if the calling thread is interrupted; the workers are stopped
     */
    public ImpactReport analyze(ImpactRequest request, ScanListener listener) throws InterruptedException {
        Allowlist allowlist = Allowlist.of(request.config(), request.asOf());
        InventoryWalker walker = new InventoryWalker(request.inventory(), request.cloudTrailRoots());
        walker.checkRoots();
        InventoryWalker.Plan plan;
        try {
            plan = walker.plan();
        } catch (IOException e) {
            throw unreadable(request, e);
        }
        if (plan.files() == 0) {
            throw new InvalidInputException(List.of(InputProblem.of(request.inventory().toString(), "holds no capture"
                    + " and no CloudTrail log file; expected <account-id>/<region>/<capture>.json files, or .json.gz"
                    + " CloudTrail logs below a CloudTrail folder")));
        }
        LOG.debug("impact scan [files={}, bytes={}, threads={}]", plan.files(), plan.bytes(), threads);

        Scan scan = new Scan(plan, listener);
        WorkerState merged = scan.run(walker, request);

        Set<AccountId> organization = new TreeSet<>(allowlist.internalPublishers());
        merged.captureAccounts.forEach(a -> organization.add(AccountId.of(a)));
        Classifier classifier = new Classifier(allowlist, merged.inventory, merged.launches, organization);
        List<ImpactFinding> findings = classifier.classify();
        ScanTotals totals = new ScanTotals(merged.accounts.size(), merged.regions.size(), merged.captureFiles,
                merged.cloudTrailFiles, scan.skipped.get(), classifier.instancesChecked(), merged.instancesNotChecked,
                merged.inventory.images.size(), classifier.templateVersionsChecked(), classifier.groupsChecked(),
                merged.cloudTrailRecords, merged.launchEvents, merged.otherLaunchEvents, scan.jsonBytes.sum());
        return new ImpactReport(allowlist, totals, findings, merged.problems.kept(), merged.problems.count());
    }

    private static InvalidInputException unreadable(ImpactRequest request, IOException e) {
        return new InvalidInputException(List.of(InputProblem.of(request.inventory().toString(),
                "could not be read: " + e.getMessage())));
    }

    /** One run: the queue, the workers and the progress counters. */
    private final class Scan {
        private final InventoryWalker.Plan plan;
        private final ScanListener listener;
        private final BlockingQueue<InputFile> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
        private final InputFile endOfWork;
        private final LongAdder storedBytes = new LongAdder();
        private final LongAdder jsonBytes = new LongAdder();
        private final AtomicLong filesDone = new AtomicLong();
        private final AtomicLong skipped = new AtomicLong();
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        private final long start = System.nanoTime();
        private long lastReport;

        Scan(InventoryWalker.Plan plan, ScanListener listener) {
            this.plan = plan;
            this.listener = listener;
            this.endOfWork = new InputFile(Path.of(""), InputFile.Kind.CLOUDTRAIL, null, null, 0);
        }

        WorkerState run(InventoryWalker walker, ImpactRequest request) throws InterruptedException {
            WorkerState coordinator = new WorkerState(ImpactReport.MAX_PROBLEMS_LISTED);
            List<WorkerState> states = new ArrayList<>();
            List<Thread> workers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                WorkerState state = new WorkerState(ImpactReport.MAX_PROBLEMS_LISTED);
                states.add(state);
                Thread worker = new Thread(() -> work(state), "impact-scan-" + (i + 1));
                worker.setDaemon(true);
                workers.add(worker);
            }
            report(true);
            workers.forEach(Thread::start);
            try {
                walker.walk(this::feed, coordinator.problems::add, skipped::incrementAndGet);
                for (int i = 0; i < threads; i++) {
                    feed(endOfWork);
                }
                for (Thread worker : workers) {
                    while (worker.isAlive()) {
                        worker.join(PROGRESS_INTERVAL_MILLIS);
                        report(false);
                    }
                }
            } catch (IOException e) {
                throw unreadable(request, e);
            } catch (InterruptedException e) {
                throwIfFailed();
                throw e;
            } finally {
                workers.forEach(Thread::interrupt);
            }
            throwIfFailed();
            report(true);
            for (WorkerState state : states) {
                coordinator.merge(state);
            }
            return coordinator;
        }

        private void throwIfFailed() {
            Throwable failed = failure.get();
            if (failed != null) {
                throw new IllegalStateException("the impact scan failed: " + failed, failed);
            }
        }

        /** Hands a file to the workers, reporting progress while the queue is full. */
        private void feed(InputFile file) throws InterruptedException {
            while (!queue.offer(file, PROGRESS_INTERVAL_MILLIS, TimeUnit.MILLISECONDS)) {
                report(false);
                if (failure.get() != null) {
                    throw new InterruptedException("a worker failed");
                }
            }
            report(false);
        }

        private void report(boolean always) {
            long now = System.nanoTime();
            if (!always && now - lastReport < TimeUnit.MILLISECONDS.toNanos(PROGRESS_INTERVAL_MILLIS)) {
                return;
            }
            lastReport = now;
            listener.progress(new ScanProgress(filesDone.get(), plan.files(), Math.min(storedBytes.sum(), plan.bytes()),
                    plan.bytes(), jsonBytes.sum(), now - start));
        }

        private void work(WorkerState state) {
            CaptureReader captures = new CaptureReader(state);
            CloudTrailReader trails = new CloudTrailReader(state);
            try {
                for (InputFile file = queue.take(); file != endOfWork; file = queue.take()) {
                    read(file, state, captures, trails);
                    filesDone.incrementAndGet();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException | Error e) {
                failure.compareAndSet(null, e);
            }
        }

        private void read(InputFile file, WorkerState state, CaptureReader captures, CloudTrailReader trails) {
            CountingInputStream stored = null;
            try {
                JsonInputs.Opened opened = inputs.open(file, storedBytes, jsonBytes);
                stored = opened.stored();
                try (var parser = opened.parser()) {
                    if (file.kind() == InputFile.Kind.CAPTURE) {
                        state.captureFiles++;
                        captures.read(file, parser);
                    } else {
                        state.cloudTrailFiles++;
                        trails.read(file, parser);
                    }
                }
            } catch (StreamConstraintsException e) {
                state.problems.add(file, "", JsonInputs.location(e.getLocation()), "the input exceeds a size limit: "
                        + e.getOriginalMessage() + "; the rest of the file is skipped");
            } catch (StreamReadException e) {
                state.problems.add(file, "", JsonInputs.location(e.getLocation()), "not valid JSON: "
                        + e.getOriginalMessage() + "; the rest of the file is skipped");
            } catch (CountingInputStream.LimitExceeded e) {
                state.problems.add(file, "decompresses to more than " + e.limit() + " bytes, more than any capture or"
                        + " CloudTrail file should; the rest of the file is skipped");
            } catch (ZipException e) {
                state.problems.add(file, "not a valid gzip file (" + e.getMessage() + "); the rest of the file is"
                        + " skipped");
            } catch (EOFException e) {
                state.problems.add(file, "the file ends early, as a truncated download would; the rest is skipped");
            } catch (AccessDeniedException e) {
                state.problems.add(file, "permission denied; skipped");
            } catch (NoSuchFileException e) {
                state.problems.add(file, "disappeared while the folder was read; skipped");
            } catch (IOException e) {
                state.problems.add(file, "could not be read (" + e.getMessage() + "); skipped");
            } finally {
                long counted = stored == null ? 0 : stored.count();
                if (counted < file.size()) {
                    storedBytes.add(file.size() - counted);
                }
            }
        }
    }
}
