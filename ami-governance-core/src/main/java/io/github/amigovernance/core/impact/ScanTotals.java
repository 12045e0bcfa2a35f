package io.github.amigovernance.core.impact;

/**
 * What an impact scan read, for the report's header and for checking that the input was complete.
 *
 * @param accounts the accounts seen, in inventory folders or CloudTrail records
 * @param regions the distinct region names seen
 * @param captureFiles the AWS CLI capture files read
 * @param cloudTrailFiles the CloudTrail log files read
 * @param skippedFiles files under CloudTrail or AWSLogs folders that are not CloudTrail logs (digests, other services)
 * @param instances running, pending, stopping and stopped instances checked
 * @param instancesNotChecked instances left out because they are shutting down or terminated
 * @param images distinct images whose owner the captures tell
 * @param launchTemplateVersions distinct launch template versions checked
 * @param autoScalingGroups Auto Scaling groups checked
 * @param cloudTrailRecords CloudTrail records read
 * @param launchEvents RunInstances calls checked
 * @param otherLaunchEvents CreateFleet, RequestSpotInstances, RequestSpotFleet and CreateReplaceRootVolumeTask
 *     calls seen; their images come from launch specifications this version does not classify
 * @param jsonBytes bytes of JSON read, after decompression
 */
public record ScanTotals(
        int accounts,
        int regions,
        long captureFiles,
        long cloudTrailFiles,
        long skippedFiles,
        long instances,
        long instancesNotChecked,
        long images,
        long launchTemplateVersions,
        long autoScalingGroups,
        long cloudTrailRecords,
        long launchEvents,
        long otherLaunchEvents,
        long jsonBytes) {

    /**
     * Checks that no count is negative.
     *
     * @throws IllegalArgumentException if a count is negative
     */
    public ScanTotals {
        long[] all = {accounts, regions, captureFiles, cloudTrailFiles, skippedFiles, instances, instancesNotChecked,
            images, launchTemplateVersions, autoScalingGroups, cloudTrailRecords, launchEvents, otherLaunchEvents,
            jsonBytes};
        for (long value : all) {
            if (value < 0) {
                throw new IllegalArgumentException("scan totals cannot be negative, got " + value);
            }
        }
    }
}
