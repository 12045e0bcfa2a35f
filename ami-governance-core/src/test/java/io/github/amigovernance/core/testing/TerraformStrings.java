package io.github.amigovernance.core.testing;

/**
 * Reads a string of a Terraform JSON configuration as Terraform does: {@code $${} stands for
 * {@code ${} and {@code %%{} for {@code %{}, while a {@code ${} or {@code %{} on its own starts an
 * interpolation or a directive. Tests use it to see what text Terraform would send to AWS.
 * Terraform 1.11 gave the same results on every case of {@code DeploymentRendererTest}.
 */
public final class TerraformStrings {

    private TerraformStrings() {
    }

    /**
     * Returns the text Terraform makes of a JSON string value.
     *
     * @throws AssertionError if the value holds a template sequence, which Terraform would evaluate
     */
    public static String literal(String value) {
        StringBuilder text = new StringBuilder(value.length());
        int i = 0;
        while (i < value.length()) {
            if (value.startsWith("$${", i) || value.startsWith("%%{", i)) {
                text.append(value.charAt(i)).append('{');
                i += 3;
            } else if (value.startsWith("${", i) || value.startsWith("%{", i)) {
                throw new AssertionError("Terraform would read a template sequence at index " + i + " of " + value);
            } else {
                text.append(value.charAt(i));
                i++;
            }
        }
        return text.toString();
    }
}
