package io.github.amigovernance.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.Locale;

/**
 * A print writer whose {@code printf} and {@code format} write numbers the same way on every
 * machine, whatever its default locale: ASCII digits and a comma between thousands
 * ({@code 10,240 characters}), as the documentation shows them and as core's messages write them.
 *
 * <p>The rules are {@link Locale#US}'s, which for numbers are the same as {@link Locale#ROOT}'s:
 * it is the one locale for which the JDK formats numbers without loading locale data, a cost of
 * several milliseconds that a short command-line run would otherwise pay on its first number.
 */
final class FixedLocaleWriter extends PrintWriter {

    /** Creates a writer that writes to {@code out}, flushing at every line when {@code autoFlush}. */
    FixedLocaleWriter(Writer out, boolean autoFlush) {
        super(out, autoFlush);
    }

    @Override
    public PrintWriter format(String format, Object... args) {
        return format(Locale.US, format, args);
    }
}
