package io.github.amigovernance.testkit;

import java.util.Locale;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints, when a test run ends, how many properties passed and how many generated cases they ran
 * together. JUnit finds it through {@code META-INF/services}, so any module with the test kit on its
 * test class path gets the line.
 */
public final class PropertySummaryListener implements TestExecutionListener {

    /** Creates the listener; JUnit calls this. */
    public PropertySummaryListener() {
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (PropertyLog.properties() > 0) {
            System.out.println(String.format(Locale.ROOT, "properties: %,d passed, %,d generated cases in total",
                    PropertyLog.properties(), PropertyLog.cases()));
        }
    }
}
