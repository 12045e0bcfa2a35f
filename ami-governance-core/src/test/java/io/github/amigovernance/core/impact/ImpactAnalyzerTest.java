package io.github.amigovernance.core.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.amigovernance.core.InputProblem;
import io.github.amigovernance.core.InvalidInputException;
import io.github.amigovernance.core.model.AccountId;
import io.github.amigovernance.core.model.GovernanceConfig;
import io.github.amigovernance.core.model.ProviderAlias;
import io.github.amigovernance.core.verify.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ImpactAnalyzerTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 3);
    private static final AccountId WORKLOAD = AccountId.of("333344445555");
    private static final AccountId PAYMENTS = AccountId.of("444455556666");
    private static final ImageOwner FOREIGN = ImageOwner.of(AccountId.of("999988887777"));
    private static final ImageOwner OWN = ImageOwner.of(WORKLOAD);

    @TempDir
    Path dir;

    private ImpactReport analyze(GovernanceConfig config, LocalDate asOf, int threads) throws Exception {
        return new ImpactAnalyzer(threads).analyze(ImpactRequest.of(config, asOf, dir), ScanListener.NONE);
    }

    private static ImpactFinding only(ImpactReport report, String code, AccountId account, Optional<ImageOwner> owner,
            String outcome) {
        List<ImpactFinding> matches = report.findings().stream()
                .filter(f -> f.code().equals(code) && f.account().equals(account) && f.owner().equals(owner)
                        && f.outcome().equals(outcome))
                .toList();
        assertEquals(1, matches.size(), () -> "findings " + code + " for " + owner + " in " + report.findings());
        return matches.get(0);
    }

    @Test
    void analyze_fixtureInventory_classifiesInstancesByOwnerAndLayer() throws Exception {
        Fixtures.inventory(dir);

        ImpactReport report = analyze(Fixtures.config(), AS_OF, 2);

        ImpactFinding foreign = only(report, "INSTANCE_RELAUNCH_BLOCKED", WORKLOAD, Optional.of(FOREIGN), "");
        assertEquals(Severity.ERROR, foreign.severity());
        assertEquals(2, foreign.count());
        assertEquals(List.of("i-0bbb0000000000002 (running)", "i-0ccc0000000000003 (stopped)"), foreign.examples());
        assertEquals(AllowedImagesVerdict.BLOCKED, foreign.allowedImages());
        assertEquals(ScpVerdict.DENIED, foreign.scp());
        assertEquals("us-east-1", foreign.region());

        ImpactFinding ownByHand = only(report, "INSTANCE_RELAUNCH_BLOCKED", WORKLOAD, Optional.of(OWN), "");
        assertEquals(AllowedImagesVerdict.OWN_IMAGE_EXEMPT, ownByHand.allowedImages());
        assertEquals(ScpVerdict.DENIED, ownByHand.scp());
        assertEquals(List.of("i-0fff0000000000006 (running)"), ownByHand.examples());

        ImpactFinding ownByAutoScaling = only(report, "INSTANCE_IMAGE_EXEMPT", WORKLOAD, Optional.of(OWN), "");
        assertEquals(Severity.INFO, ownByAutoScaling.severity());
        assertEquals(ScpVerdict.SERVICE_EXEMPT, ownByAutoScaling.scp());
        assertEquals(List.of("i-0eee0000000000005 (running, Auto Scaling group web)"), ownByAutoScaling.examples());
    }

    @Test
    void analyze_fixtureInventory_reportsTemplatesGroupsAndLaunches() throws Exception {
        Fixtures.inventory(dir);

        ImpactReport report = analyze(Fixtures.config(), AS_OF, 2);

        ImpactFinding templates = only(report, "LAUNCH_TEMPLATE_BLOCKED", WORKLOAD, Optional.of(FOREIGN), "");
        assertEquals(List.of("lt-0555aaaabbbbcccc5 (legacy-app) version 3 (default)",
                "lt-0555aaaabbbbcccc5 (legacy-app) version 4 (latest)"), templates.examples());
        ImpactFinding groups = only(report, "SCALE_OUT_BLOCKED", WORKLOAD, Optional.of(FOREIGN), "");
        assertEquals(2, groups.count());
        assertEquals(AllowedImagesVerdict.BLOCKED, groups.allowedImages());
        assertEquals(ScpVerdict.SERVICE_EXEMPT, groups.scp());
        assertEquals(List.of("legacy-by-name (legacy-app version $Default -> ami-0b22b22b22b22b22b)",
                "legacy-workers (launch configuration legacy-workers-lc)"), groups.examples());

        ImpactFinding launches = only(report, "LAUNCH_WOULD_BE_BLOCKED", WORKLOAD, Optional.of(FOREIGN), "succeeded");
        assertEquals(2, launches.count());
        assertEquals("2026-11-29T23:59:59Z", launches.firstSeen());
        assertEquals("2026-11-30T10:00:00Z", launches.lastSeen());
        assertEquals(List.of("(no userIdentity)", "arn:aws:iam::333344445555:user/alice"), launches.principals());
        assertTrue(launches.message().contains("launched 3 instances"), launches.message());

        ImpactFinding denied = only(report, "FAILED_LAUNCH_NOT_ALLOWED", WORKLOAD, Optional.of(FOREIGN),
                "Client.UnauthorizedOperation");
        assertEquals(Severity.INFO, denied.severity());
        assertEquals(List.of("arn:aws:iam::333344445555:role/developer"), denied.principals());
        ImpactFinding dryRun = only(report, "FAILED_LAUNCH_NOT_ALLOWED", WORKLOAD, Optional.of(FOREIGN),
                "Client.DryRunOperation");
        assertEquals(List.of("ami-0b22b22b22b22b22b"), dryRun.imageIds());

        ImageOwner marketplace = new ImageOwner(AccountId.of("679593333241"),
                Optional.of(ProviderAlias.AWS_MARKETPLACE));
        ImpactFinding outOfOrder = only(report, "LAUNCH_WOULD_BE_BLOCKED", WORKLOAD, Optional.of(marketplace),
                "succeeded");
        assertEquals(List.of("arn:aws:iam::333344445555:role/platform-ci"), outOfOrder.principals());

        ImpactFinding byAutoScaling = only(report, "LAUNCH_IMAGE_EXEMPT", WORKLOAD, Optional.of(OWN), "succeeded");
        assertEquals(List.of("autoscaling.amazonaws.com"), byAutoScaling.principals());
        assertEquals(ScpVerdict.SERVICE_EXEMPT, byAutoScaling.scp());
    }

    @Test
    void analyze_amazonNotAllowed_reportsTheServicesThatNeedIt() throws Exception {
        Fixtures.inventory(dir);

        ImpactReport report = analyze(Fixtures.config(), AS_OF, 2);

        ImpactFinding amazon = only(report, "AMAZON_IMAGES_NOT_ALLOWED", WORKLOAD, Optional.empty(), "");
        assertEquals(Severity.ERROR, amazon.severity());
        assertEquals(List.of("eks.amazonaws.com"), amazon.principals());
        assertTrue(amazon.message().contains("add \"amazon\" to provider_aliases"), amazon.message());
    }

    @Test
    void analyze_amazonAllowed_leavesAmazonImagesAlone() throws Exception {
        Fixtures.inventory(dir);
        GovernanceConfig config = Fixtures.config().toBuilder().providerAlias(ProviderAlias.AMAZON).build();

        ImpactReport report = analyze(config, AS_OF, 2);

        assertTrue(report.findings(FindingCategory.AMAZON_IMAGES).isEmpty(), report.findings().toString());
        assertTrue(report.findings().stream().noneMatch(f -> f.examples().contains("i-0ggg0000000000007 (running)")));
    }

    @Test
    void analyze_fixtureInventory_listsPublicImagesWithTheCommandsThatMakeThemPrivate() throws Exception {
        Fixtures.inventory(dir);

        ImpactReport report = analyze(Fixtures.config(), AS_OF, 2);

        ImpactFinding workload = only(report, "PUBLIC_IMAGE", WORKLOAD, Optional.of(OWN), "");
        assertEquals(Severity.WARNING, workload.severity());
        assertEquals(List.of("aws ec2 modify-image-attribute --region us-east-1 --image-id ami-0c33c33c33c33c33c"
                + " --launch-permission \"Remove=[{Group=all}]\""), workload.commands());
        assertTrue(workload.message().contains("before attaching the SCP"), workload.message());
        ImpactFinding payments = only(report, "PUBLIC_IMAGE", PAYMENTS, Optional.of(ImageOwner.of(PAYMENTS)), "");
        assertEquals("eu-isoe-west-1", payments.region());
        assertFalse(payments.message().contains("before attaching the SCP"), "an internal publisher may still share");
        assertTrue(report.findings(FindingCategory.PUBLIC_IMAGE).stream()
                .noneMatch(f -> f.examples().toString().contains("ami-0b22b22b22b22b22b")),
                "a public image of another organization is not ours to unshare");
    }

    @Test
    void analyze_fixtureInventory_saysPlainlyWhatCannotBeResolved() throws Exception {
        Fixtures.inventory(dir);

        ImpactReport report = analyze(Fixtures.config(), AS_OF, 2);

        List<String> unresolved = new ArrayList<>();
        for (ImpactFinding finding : report.findings(FindingCategory.UNRESOLVED)) {
            assertEquals(Severity.WARNING, finding.severity());
            unresolved.add(finding.examples().get(0) + " | " + finding.message());
        }
        assertEquals(4, unresolved.size(), unresolved.toString());
        assertTrue(unresolved.stream().anyMatch(u -> u.startsWith("i-0hhh0000000000008 (pending)")
                && u.contains("in no describe-images capture")), unresolved.toString());
        assertTrue(unresolved.stream().anyMatch(u -> u.startsWith("lt-0222aaaabbbbcccc2 (golden-ssm) version 5")
                && u.contains("--resolve-alias")), unresolved.toString());
        assertTrue(unresolved.stream().anyMatch(u -> u.startsWith("batch (lt-0444aaaabbbbcccc4 version 3)")),
                unresolved.toString());
        assertTrue(unresolved.stream().anyMatch(u -> u.startsWith("7513960c-90fe-48dd-b729-6671a6461011")),
                unresolved.toString());
    }

    @Test
    void analyze_fixtureInventory_countsWhatItReadAndReportsMalformedRecords() throws Exception {
        Fixtures.inventory(dir);

        ImpactReport report = analyze(Fixtures.config(), AS_OF, 2);

        ScanTotals totals = report.totals();
        assertEquals(2, totals.accounts());
        assertEquals(2, totals.regions());
        assertEquals(7, totals.captureFiles());
        assertEquals(2, totals.cloudTrailFiles());
        assertEquals(1, totals.skippedFiles(), "the digest file");
        assertEquals(8, totals.instances());
        assertEquals(1, totals.instancesNotChecked(), "the terminated instance");
        assertEquals(6, totals.launchTemplateVersions());
        assertEquals(4, totals.autoScalingGroups());
        assertEquals(12, totals.cloudTrailRecords());
        assertEquals(9, totals.launchEvents());
        assertEquals(1, totals.otherLaunchEvents());
        assertEquals(2, report.problemCount());
        String log = dir.resolve(Fixtures.ORG_TRAIL + "333344445555/CloudTrail/us-east-1/2026/11/30/"
                + Fixtures.US_EAST_LOG + ".gz").toString();
        InputProblem notARecord = report.problems().get(0);
        assertEquals(log, notARecord.source());
        assertEquals("Records[5]", notARecord.path());
        assertEquals(1, notARecord.location().orElseThrow().line());
        assertTrue(notARecord.message().contains("found the number 42"), notARecord.message());
        assertEquals("Records[9].awsRegion", report.problems().get(1).path());
    }

    @Test
    void analyze_fixtureInventory_wouldBlockAndSaysSoInOneLine() throws Exception {
        Fixtures.inventory(dir);

        ImpactReport report = analyze(Fixtures.config(), AS_OF, 2);

        assertTrue(report.wouldBlock());
        assertEquals("AMI allowlist impact as of 2026-12-03 (3 allowed providers): enforcement would block 4 instances"
                + " (on relaunch), 3 launch template versions, 2 Auto Scaling groups and 3 launches seen in CloudTrail"
                + " in 1 of 2 accounts; 2 public images to make private, 4 unresolved image references, 2 input"
                + " problems. Not safe to enforce yet.", report.summaryLine());
    }

    @Test
    void analyze_anyThreadCount_givesTheSameReport() throws Exception {
        Fixtures.inventory(dir);
        for (int i = 0; i < 20; i++) {
            Fixtures.copy(Fixtures.resource("cloudtrail/" + Fixtures.US_EAST_LOG), dir.resolve(Fixtures.ORG_TRAIL
                    + "333344445555/CloudTrail/us-east-1/2026/12/0" + (i % 3 + 1) + "/copy-" + i + ".json"));
        }

        ImpactReport one = analyze(Fixtures.config(), AS_OF, 1);
        ImpactReport two = analyze(Fixtures.config(), AS_OF, 2);
        ImpactReport four = analyze(Fixtures.config(), AS_OF, 4);

        assertEquals(one, two);
        assertEquals(one, four);
        assertEquals(21 * 2, one.problemCount());
    }

    @Test
    void analyze_expiredException_blocksWhatTheExceptionAllowed() throws Exception {
        Fixtures.inventory(dir);

        ImpactReport report = analyze(Fixtures.config(), LocalDate.of(2027, 2, 16), 2);

        ImpactFinding own = only(report, "INSTANCE_RELAUNCH_BLOCKED", PAYMENTS,
                Optional.of(ImageOwner.of(PAYMENTS)), "");
        assertEquals(AllowedImagesVerdict.OWN_IMAGE_EXEMPT, own.allowedImages());
        assertEquals(ScpVerdict.DENIED, own.scp());
        ImpactFinding launch = only(report, "LAUNCH_WOULD_BE_BLOCKED", PAYMENTS, Optional.of(ImageOwner.of(PAYMENTS)),
                "succeeded");
        assertEquals("eu-isoe-west-1", launch.region());
        assertTrue(only(report, "PUBLIC_IMAGE", PAYMENTS, Optional.of(ImageOwner.of(PAYMENTS)), "").message()
                .contains("before attaching the SCP"), "an expired exception no longer exempts the account");
    }

    @Test
    void analyze_onlyAllowedImages_blocksNothing() throws Exception {
        Path account = dir.resolve("123456738923/us-west-2");
        Fixtures.write(account.resolve("describe-instance-image-metadata.json"), """
                {"InstanceImageMetadata": [{"InstanceId": "i-1", "State": {"Code": 16, "Name": "running"},
                  "ImageMetadata": {"ImageId": "ami-1", "OwnerId": "111122223333", "ImageAllowed": true}}]}
                """);

        ImpactReport report = analyze(Fixtures.config(), AS_OF, 2);

        assertFalse(report.wouldBlock());
        assertEquals(List.of(), report.findings());
        assertEquals("AMI allowlist impact as of 2026-12-03 (3 allowed providers): enforcement would block nothing in 1"
                + " account (checked 1 instance, 0 launch template versions, 0 Auto Scaling groups and 0 launches seen"
                + " in CloudTrail); 0 public images to make private, 0 unresolved image references, 0 input problems.",
                report.summaryLine());
    }

    @Test
    void analyze_brokenFiles_reportsEachWithFileAndPositionAndReadsTheRest() throws Exception {
        Fixtures.inventory(dir);
        Path trail = dir.resolve(Fixtures.ORG_TRAIL + "333344445555/CloudTrail/us-east-1/2026/12/02");
        byte[] log = Files.readAllBytes(Fixtures.resource("cloudtrail/" + Fixtures.ISOE_LOG));
        Path truncated = trail.resolve("truncated.json.gz");
        Fixtures.gzip(log, truncated);
        byte[] whole = Files.readAllBytes(truncated);
        Files.write(truncated, Arrays.copyOf(whole, whole.length / 2));
        Path notGzip = Fixtures.write(trail.resolve("not-gzip.json.gz"), log);
        Path syntax = Fixtures.write(trail.resolve("syntax.json"), "{\"Records\": [\n"
                + "  {\"eventName\": \"RunInstances\",\n"
                + "   \"awsRegion\": \"us-east-1\" \"eventSource\": \"ec2.amazonaws.com\"}\n]}\n");
        Path instances = Fixtures.write(dir.resolve("333344445555/us-west-2/describe-instances.json"),
                "{\"Reservations\": []}");
        Path paged = Fixtures.write(dir.resolve("333344445555/us-west-2/images-page-1.json"),
                "{\"Images\": [], \"NextToken\": \"eyJ2IjoxfQ==\"}");
        Path stray = Fixtures.write(dir.resolve("notes/readme.txt"), "captures from Tuesday");

        ImpactReport report = analyze(Fixtures.config(), AS_OF, 2);

        assertEquals(8, report.problemCount(), report.problems().toString());
        assertProblem(report, truncated, "ends early");
        assertProblem(report, notGzip, "not a valid gzip file");
        InputProblem bad = assertProblem(report, syntax, "not valid JSON");
        assertEquals(3, bad.location().orElseThrow().line());
        assertProblem(report, instances, "describe-instances output");
        assertProblem(report, paged, "NextToken is set");
        assertProblem(report, stray, "not in an account folder");
        assertEquals(3, report.findings().stream().filter(f -> f.code().equals("INSTANCE_RELAUNCH_BLOCKED")
                && f.account().equals(WORKLOAD)).count(), "the good files are still read");
    }

    private static InputProblem assertProblem(ImpactReport report, Path file, String fragment) {
        return report.problems().stream()
                .filter(p -> p.source().equals(file.toString()) && p.message().contains(fragment))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no problem '" + fragment + "' for " + file + " in "
                        + report.problems()));
    }

    @Test
    void analyze_fileThatDecompressesPastTheLimit_isCutShortAndReported() throws Exception {
        Path log = dir.resolve("AWSLogs/333344445555/CloudTrail/us-east-1/2026/12/01/big.json.gz");
        StringBuilder records = new StringBuilder("{\"Records\":[");
        for (int i = 0; i < 2000; i++) {
            records.append(i == 0 ? "" : ",").append("{\"eventName\":\"DescribeInstances\",\"eventSource\":"
                    + "\"ec2.amazonaws.com\",\"awsRegion\":\"us-east-1\"}");
        }
        Fixtures.gzip(records.append("]}").toString().getBytes(StandardCharsets.UTF_8), log);

        ImpactReport report = new ImpactAnalyzer(1, 10_000).analyze(ImpactRequest.of(Fixtures.config(), AS_OF, dir),
                ScanListener.NONE);

        assertProblem(report, log, "decompresses to more than 10000 bytes");
    }

    @Test
    void analyze_listener_hearsFromTheCallingThreadAndEndsComplete() throws Exception {
        Fixtures.inventory(dir);
        List<ScanProgress> heard = new ArrayList<>();
        Thread caller = Thread.currentThread();

        new ImpactAnalyzer(2).analyze(ImpactRequest.of(Fixtures.config(), AS_OF, dir), progress -> {
            assertEquals(caller, Thread.currentThread());
            heard.add(progress);
        });

        ScanProgress last = heard.get(heard.size() - 1);
        assertEquals(9, last.filesTotal());
        assertEquals(9, last.filesDone());
        assertEquals(last.bytesTotal(), last.bytesDone());
        assertEquals(1.0, last.fraction());
        assertTrue(last.jsonBytes() > last.bytesDone(), "the gzip file expands");
        assertEquals(0, heard.get(0).filesDone());
    }

    @Test
    void analyze_missingInventory_isBadInputNamingTheFolder() {
        Path missing = dir.resolve("no-such-folder");

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new ImpactAnalyzer(1)
                .analyze(ImpactRequest.of(Fixtures.config(), AS_OF, missing), ScanListener.NONE));

        assertEquals(missing.toString(), e.problems().get(0).source());
        assertTrue(e.getMessage().contains("no such folder"), e.getMessage());
    }

    @Test
    void analyze_inventoryIsAFile_isBadInput() {
        Path file = Fixtures.write(dir.resolve("inventory.json"), "{}");

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new ImpactAnalyzer(1)
                .analyze(ImpactRequest.of(Fixtures.config(), AS_OF, file), ScanListener.NONE));

        assertTrue(e.getMessage().contains("is a file"), e.getMessage());
    }

    @Test
    void analyze_nothingToRead_isBadInputRatherThanACleanReport() throws IOException {
        Files.createDirectories(dir.resolve("333344445555/us-east-1"));

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new ImpactAnalyzer(1)
                .analyze(ImpactRequest.of(Fixtures.config(), AS_OF, dir), ScanListener.NONE));

        assertTrue(e.getMessage().contains("holds no capture and no CloudTrail log file"), e.getMessage());
    }

    @Test
    void analyze_cloudTrailOutsideTheInventory_isReadFromTheExtraFolder() throws Exception {
        Path inventory = Files.createDirectories(dir.resolve("inventory"));
        Fixtures.copyTree(Fixtures.resource("inventory"), inventory);
        Path trails = dir.resolve("trails");
        Fixtures.gzip(Fixtures.resource("cloudtrail/" + Fixtures.US_EAST_LOG),
                trails.resolve("2026/11/30/" + Fixtures.US_EAST_LOG + ".gz"));

        ImpactReport report = new ImpactAnalyzer(2).analyze(new ImpactRequest(Fixtures.config(), AS_OF, inventory,
                List.of(trails)), ScanListener.NONE);

        assertEquals(1, report.totals().cloudTrailFiles());
        assertEquals(3, report.blocked(FindingCategory.CLOUDTRAIL_LAUNCH));
    }

    @Test
    void constructor_noThreads_isRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ImpactAnalyzer(0));

        assertTrue(e.getMessage().contains("got 0"), e.getMessage());
    }
}
