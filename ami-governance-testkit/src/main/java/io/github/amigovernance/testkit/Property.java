package io.github.amigovernance.testkit;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A claim checked on many generated inputs: a generator, a check, and a number of tries.
 *
 * <p>A run is fixed by its seed: {@value #DEFAULT_SEED} unless the system property
 * {@value #SEED_PROPERTY} names another, so every build checks the same inputs and a failure
 * repeats exactly. The system property {@value #TRIES_PROPERTY} replaces every property's number
 * of tries, for a longer search. When a check fails, the input is shrunk with the property's
 * {@link Shrinker} and reported together with the seed and the command that repeats the failure.
 * A run that passes prints one line, such as
 * {@code property bothPoliciesAllowTheSameProviders: 1,000 cases passed (seed 20261203)}.
 *
 * <p>Instances are immutable; each {@code with}-style method returns a new property.
 *
 * @param <T> the type of input
 */
public final class Property<T> {

    /** The seed of every run that does not name one. */
    public static final long DEFAULT_SEED = 20261203L;

    /** The system property that sets the seed, such as {@code -Dami.seed=42}. */
    public static final String SEED_PROPERTY = "ami.seed";

    /** The system property that sets the number of tries of every property, such as {@code -Dami.tries=50000}. */
    public static final String TRIES_PROPERTY = "ami.tries";

    private static final int DEFAULT_TRIES = 1000;
    private static final int MAX_SHRINK_CHECKS = 2000;
    private static final long MAX_SHRINK_NANOS = 60_000_000_000L;
    private static final int MAX_PRINTED_CHARACTERS = 20_000;

    private final String name;
    private final Generator<T> generator;
    private final Shrinker<T> shrinker;
    private final Function<? super T, String> describer;
    private final int tries;
    private final Map<String, Double> expectedLabels;

    private Property(String name, Generator<T> generator, Shrinker<T> shrinker, Function<? super T, String> describer,
            int tries, Map<String, Double> expectedLabels) {
        this.name = name;
        this.generator = generator;
        this.shrinker = shrinker;
        this.describer = describer;
        this.tries = tries;
        this.expectedLabels = Map.copyOf(expectedLabels);
    }

    /**
     * Starts a property; its name states the claim, such as {@code sameInputGivesSameBytes}.
     *
     * @throws IllegalArgumentException if the name is blank
     */
    public static Named named(String claim) {
        Objects.requireNonNull(claim, "claim");
        if (claim.isBlank()) {
            throw new IllegalArgumentException("a property needs a name that states its claim");
        }
        return new Named(claim);
    }

    /** A property that has a name but no generator yet. */
    public static final class Named {

        private final String name;

        private Named(String name) {
            this.name = name;
        }

        /** Returns the property checked on values of {@code generator}, with 1,000 tries and no shrinking. */
        public <T> Property<T> forAll(Generator<T> generator) {
            Objects.requireNonNull(generator, "generator");
            return new Property<>(name, generator, Shrinker.none(), String::valueOf, DEFAULT_TRIES, Map.of());
        }
    }

    /** Returns this property with a shrinker for failing inputs. */
    public Property<T> shrinkingWith(Shrinker<T> newShrinker) {
        return new Property<>(name, generator, Objects.requireNonNull(newShrinker, "newShrinker"), describer, tries,
                expectedLabels);
    }

    /** Returns this property with another way to print an input in a failure report. */
    public Property<T> describedBy(Function<? super T, String> newDescriber) {
        return new Property<>(name, generator, shrinker, Objects.requireNonNull(newDescriber, "newDescriber"), tries,
                expectedLabels);
    }

    /**
     * Returns this property with another number of tries.
     *
     * @throws IllegalArgumentException if {@code count} is below 1
     */
    public Property<T> tries(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("a property needs at least one try, got " + count);
        }
        return new Property<>(name, generator, shrinker, describer, count, expectedLabels);
    }

    /**
     * Returns this property with a coverage requirement for {@link #checkAndClassify}: at least
     * {@code minimumShare} of the cases must get {@code label}, or the run fails, because the
     * generators no longer reach that case often enough for the claim to mean much.
     *
     * @throws IllegalArgumentException if the share is not between 0 and 1
     */
    public Property<T> expectLabel(String label, double minimumShare) {
        if (!(minimumShare > 0 && minimumShare <= 1)) {
            throw new IllegalArgumentException("a share is above 0 and at most 1, got " + minimumShare);
        }
        Map<String, Double> labels = new LinkedHashMap<>(expectedLabels);
        labels.put(Objects.requireNonNull(label, "label"), minimumShare);
        return new Property<>(name, generator, shrinker, describer, tries, labels);
    }

    /** Returns the name, which states the claim. */
    public String name() {
        return name;
    }

    /**
     * Runs {@code check} on every try's input.
     *
     * @return what the run did
     * @throws PropertyFailure if the check fails on an input, with the shrunk input, the seed and
     *     the command that repeats the failure
     */
    public Result check(Check<? super T> check) {
        Objects.requireNonNull(check, "check");
        return run(input -> {
            check.verify(input);
            return null;
        });
    }

    /**
     * Runs {@code check} on every try's input and counts the labels it returns, which the report
     * prints and {@link #expectLabel} requirements are checked against.
     *
     * @return what the run did
     * @throws PropertyFailure if the check fails on an input or a label is too rare
     */
    public Result checkAndClassify(Classifier<? super T> check) {
        return run(Objects.requireNonNull(check, "check"));
    }

    private Result run(Classifier<? super T> check) {
        long seed = configuredSeed();
        int count = configuredTries();
        SplittableRandom seeds = new SplittableRandom(seed * 31 + name.hashCode());
        SortedMap<String, Integer> labels = new TreeMap<>();
        for (int attempt = 1; attempt <= count; attempt++) {
            T input = generator.next(Source.seeded(seeds.nextLong()));
            String label;
            try {
                label = check.verify(input);
            } catch (Throwable failure) {
                throw fail(check, input, failure, attempt, count, seed);
            }
            if (label != null) {
                labels.merge(label, 1, Integer::sum);
            }
        }
        for (Map.Entry<String, Double> expected : new TreeMap<>(expectedLabels).entrySet()) {
            int seen = labels.getOrDefault(expected.getKey(), 0);
            if (seen < expected.getValue() * count) {
                throw new PropertyFailure(String.format(Locale.ROOT, "property %s: the label \"%s\" was seen in %,d"
                        + " of %,d cases, fewer than the %.1f%% expected; the generators no longer reach that case"
                        + " often enough (labels seen: %s, seed %d)", name, expected.getKey(), seen, count,
                        expected.getValue() * 100, labels, seed), null);
            }
        }
        Result result = new Result(name, seed, count, labels);
        PropertyLog.record(result);
        System.out.println(result);
        return result;
    }

    private PropertyFailure fail(Classifier<? super T> check, T input, Throwable failure, int attempt, int count,
            long seed) {
        T smallest = input;
        Throwable smallestFailure = failure;
        int steps = 0;
        int checks = 0;
        long deadline = System.nanoTime() + MAX_SHRINK_NANOS;
        boolean improved = true;
        while (improved && checks < MAX_SHRINK_CHECKS && System.nanoTime() < deadline) {
            improved = false;
            var candidates = shrinker.candidates(smallest).iterator();
            while (candidates.hasNext() && checks < MAX_SHRINK_CHECKS && System.nanoTime() < deadline) {
                T candidate = candidates.next();
                checks++;
                Optional<Throwable> candidateFailure = failureOf(check, candidate);
                if (candidateFailure.isPresent()) {
                    smallest = candidate;
                    smallestFailure = candidateFailure.get();
                    steps++;
                    improved = true;
                    break;
                }
            }
        }
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "property %s failed on case %,d of %,d (seed %d): %s%n", name,
                attempt, count, seed, firstLine(smallestFailure)));
        report.append("Repeat it with: ").append(repeatCommand(seed)).append('\n');
        report.append(String.format(Locale.ROOT, "Smallest failing input (%d shrink step%s, %d candidate%s tried):%n",
                steps, steps == 1 ? "" : "s", checks, checks == 1 ? "" : "s"));
        report.append(capped(describe(smallest))).append('\n');
        if (steps > 0) {
            report.append("Original failing input:\n").append(capped(describe(input))).append('\n');
            report.append("Original failure: ").append(failure).append('\n');
        }
        return new PropertyFailure(report.toString(), smallestFailure);
    }

    private Optional<Throwable> failureOf(Classifier<? super T> check, T input) {
        try {
            check.verify(input);
            return Optional.empty();
        } catch (Throwable failure) {
            return Optional.of(failure);
        }
    }

    private String describe(T input) {
        try {
            return describer.apply(input);
        } catch (RuntimeException e) {
            return input + " (describing it failed: " + e + ")";
        }
    }

    private int configuredTries() {
        String text = System.getProperty(TRIES_PROPERTY);
        if (text == null || text.isBlank()) {
            return tries;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("-D" + TRIES_PROPERTY + " must be a whole number of at least 1, got \""
                + text + "\"");
    }

    /**
     * Returns the seed of this run: the value of {@value #SEED_PROPERTY} when set, otherwise
     * {@value #DEFAULT_SEED}.
     *
     * @throws IllegalArgumentException if the system property is not a whole number
     */
    public static long configuredSeed() {
        String text = System.getProperty(SEED_PROPERTY);
        if (text == null || text.isBlank()) {
            return DEFAULT_SEED;
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + SEED_PROPERTY + " must be a whole number, got \"" + text + "\"",
                    e);
        }
    }

    private String repeatCommand(long seed) {
        String test = StackWalker.getInstance().walk(frames -> frames
                .filter(f -> !isFrameworkClass(f.getClassName()))
                .findFirst()
                .map(f -> simpleName(f.getClassName()) + "#" + enclosingMethod(f.getMethodName()))
                .orElse("<TestClass>#<method>"));
        String triesOption = System.getProperty(TRIES_PROPERTY) == null ? ""
                : " -D" + TRIES_PROPERTY + "=" + System.getProperty(TRIES_PROPERTY).trim();
        return "mvn -o -q test -Dtest='" + test + "' -Dsurefire.failIfNoSpecifiedTests=false -D" + SEED_PROPERTY + "="
                + seed + triesOption;
    }

    private static boolean isFrameworkClass(String className) {
        return className.equals(Property.class.getName()) || className.startsWith(Property.class.getName() + "$")
                || className.startsWith("org.junit.")
                || className.startsWith("java.") || className.startsWith("jdk.") || className.startsWith("sun.");
    }

    /** Returns the method a lambda was written in ({@code lambda$name$0} gives {@code name}), or the method. */
    private static String enclosingMethod(String methodName) {
        if (methodName.startsWith("lambda$")) {
            String rest = methodName.substring("lambda$".length());
            int end = rest.indexOf('$');
            return end > 0 ? rest.substring(0, end) : rest;
        }
        return methodName;
    }

    private static String simpleName(String className) {
        String outer = className.contains("$") ? className.substring(0, className.indexOf('$')) : className;
        return outer.substring(outer.lastIndexOf('.') + 1);
    }

    private static String firstLine(Throwable failure) {
        String text = String.valueOf(failure.getMessage() == null ? failure.toString() : failure.getMessage());
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline) + " ...";
    }

    private static String capped(String text) {
        if (text.length() <= MAX_PRINTED_CHARACTERS) {
            return text;
        }
        return text.substring(0, MAX_PRINTED_CHARACTERS) + String.format(Locale.ROOT,
                "%n... (%,d more characters; repeat the run with the seed to see the whole input)",
                text.length() - MAX_PRINTED_CHARACTERS);
    }

    /**
     * What a property checks on one input. Throwing anything, an assertion error included, is a
     * failure.
     *
     * @param <T> the type of input
     */
    @FunctionalInterface
    public interface Check<T> {

        /** Checks the claim on {@code input}, throwing when it does not hold. */
        void verify(T input) throws Exception;
    }

    /**
     * A check that also names the kind of case it saw, so that a run can show (and require) that
     * the generators reach every kind.
     *
     * @param <T> the type of input
     */
    @FunctionalInterface
    public interface Classifier<T> {

        /** Checks the claim on {@code input} and returns a label for the case, or null for none. */
        String verify(T input) throws Exception;
    }

    /**
     * What a passing run did.
     *
     * @param name the property's name
     * @param seed the seed of the run
     * @param cases how many generated cases passed
     * @param labels how many cases got each label
     */
    public record Result(String name, long seed, int cases, SortedMap<String, Integer> labels) {

        /** Copies the labels. */
        public Result {
            Objects.requireNonNull(name, "name");
            labels = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(labels));
        }

        @Override
        public String toString() {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                    "property %s: %,d cases passed (seed %d)", name, cases, seed));
            if (!labels.isEmpty()) {
                line.append(" [");
                labels.forEach((label, n) -> line.append(line.charAt(line.length() - 1) == '[' ? "" : ", ")
                        .append(label).append(": ").append(String.format(Locale.ROOT, "%,d", n)));
                line.append(']');
            }
            return line.toString();
        }
    }
}
