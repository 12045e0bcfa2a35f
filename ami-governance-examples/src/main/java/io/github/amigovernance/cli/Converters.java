package io.github.amigovernance.cli;

import io.github.amigovernance.core.deploy.DeploymentFormat;
import io.github.amigovernance.core.model.EnforcementMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Iterator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Strict converters for option values, with messages that say what was expected. */
final class Converters {

    private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private Converters() {
    }

    /** Reads a date written as YYYY-MM-DD that exists in the calendar. */
    static final class Date implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            if (!ISO_DATE.matcher(value).matches()) {
                throw new TypeConversionException("expected a date as YYYY-MM-DD, such as 2026-12-03");
            }
            try {
                // The pattern has fixed the layout; LocalDate.of checks the calendar without the
                // date-time formatter machinery that LocalDate.parse starts up on first use.
                return LocalDate.of(Integer.parseInt(value, 0, 4, 10), Integer.parseInt(value, 5, 7, 10),
                        Integer.parseInt(value, 8, 10, 10));
            } catch (DateTimeException e) {
                throw new TypeConversionException("expected a real calendar date as YYYY-MM-DD");
            }
        }
    }

    /** Reads an enforcement mode in the declarative policy's spelling. */
    static final class Mode implements ITypeConverter<EnforcementMode> {
        @Override
        public EnforcementMode convert(String value) {
            return EnforcementMode.fromPolicyValue(value).orElseThrow(() ->
                    new TypeConversionException("expected one of: " + Arrays.stream(EnforcementMode.values())
                            .map(EnforcementMode::policyValue).collect(Collectors.joining(", "))));
        }
    }

    /** Lists the modes for the help text. */
    static final class ModeCandidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(EnforcementMode.values()).map(EnforcementMode::policyValue).iterator();
        }
    }

    /** Reads the name of a deployment file format, such as {@code terraform}. */
    static final class Emit implements ITypeConverter<DeploymentFormat> {
        @Override
        public DeploymentFormat convert(String value) {
            return DeploymentFormat.fromOptionName(value).orElseThrow(() ->
                    new TypeConversionException("expected a comma-separated list of: " + names()));
        }

        static String names() {
            return Arrays.stream(DeploymentFormat.values()).map(DeploymentFormat::optionName)
                    .collect(Collectors.joining(", "));
        }
    }

    /** Lists the deployment file formats for the help text. */
    static final class EmitCandidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(DeploymentFormat.values()).map(DeploymentFormat::optionName).iterator();
        }
    }
}
