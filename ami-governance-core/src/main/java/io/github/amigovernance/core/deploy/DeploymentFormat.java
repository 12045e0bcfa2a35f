package io.github.amigovernance.core.deploy;

import java.util.Locale;
import java.util.Optional;

/** A file that deploys the rendered policies, or captures what is deployed, with the name it is written under. */
public enum DeploymentFormat {

    /** A Terraform configuration in JSON syntax: both policies and one attachment per target. */
    TERRAFORM("terraform", "ami-governance.tf.json", false),

    /** A CloudFormation template: both policies, each with its targets. */
    CLOUDFORMATION("cloudformation", "ami-governance.cfn.json", false),

    /** A bash script that deploys both policies with the AWS CLI and can be run again safely. */
    CLI("cli", "deploy-ami-governance.sh", true),

    /** A bash script that captures the deployed policies with the AWS CLI, for drift detection. */
    CAPTURE("capture", "capture-ami-governance.sh", true);

    private final String optionName;
    private final String fileName;
    private final boolean executable;

    DeploymentFormat(String optionName, String fileName, boolean executable) {
        this.optionName = optionName;
        this.fileName = fileName;
        this.executable = executable;
    }

    /** Returns the name users choose this format by, such as {@code terraform}. */
    public String optionName() {
        return optionName;
    }

    /** Returns the name of the file this format is written to. */
    public String fileName() {
        return fileName;
    }

    /** Returns whether the file is a script that should be executable. */
    public boolean executable() {
        return executable;
    }

    /** Returns the format with the given option name, if there is one. */
    public static Optional<DeploymentFormat> fromOptionName(String name) {
        for (DeploymentFormat format : values()) {
            if (format.optionName.equals(name.toLowerCase(Locale.ROOT))) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
