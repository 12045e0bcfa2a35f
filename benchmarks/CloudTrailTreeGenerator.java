import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a synthetic inventory for the impact scan benchmark: CloudTrail log files in the layout an
 * organization trail writes to S3 (gzip-compressed, one line of JSON each, records shaped as
 * CloudTrail writes them), and the describe-images captures that resolve the images launched.
 *
 * <p>Usage: {@code java benchmarks/CloudTrailTreeGenerator.java OUT_DIR MEGABYTES [SEED]}. The same
 * size and seed always write the same files. About 2 % of records are RunInstances calls; the
 * rest are the kinds of calls that dominate real trails (role assumptions, describe calls, S3 and
 * KMS data access, metric writes), with parameters and responses of realistic size.
 */
public final class CloudTrailTreeGenerator {

    private static final String[] REGIONS = {"us-east-1", "us-west-2", "eu-west-1", "ap-southeast-2"};
    private static final int ACCOUNTS = 6;
    private static final long FILE_BYTES = 4L * 1024 * 1024;
    private static final String[] IMAGES = {
        "ami-0a11a11a11a11a11a", "ami-0b22b22b22b22b22b", "ami-0c33c33c33c33c33c", "ami-0d44d44d44d44d44d"};
    private static final String[] IMAGE_OWNERS = {"123456738923", "999988887777", "111122223333", "602401143452"};

    private CloudTrailTreeGenerator() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: java CloudTrailTreeGenerator.java OUT_DIR MEGABYTES [SEED]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        long target = Long.parseLong(args[1]) * 1024 * 1024;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261203L;
        int files = (int) Math.max(1, (target + FILE_BYTES - 1) / FILE_BYTES);

        writeCaptures(out);
        AtomicLong written = new AtomicLong();
        AtomicLong stored = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        List<Future<?>> jobs = new ArrayList<>();
        for (int i = 0; i < files; i++) {
            int index = i;
            jobs.add(pool.submit(() -> {
                writeLog(out, index, seed, written, stored);
                return null;
            }));
        }
        for (Future<?> job : jobs) {
            job.get();
        }
        pool.shutdown();
        System.out.printf(Locale.ROOT, "wrote %d CloudTrail files: %d bytes of JSON, %d bytes stored%n", files,
                written.get(), stored.get());
    }

    private static String account(int n) {
        return String.format(Locale.ROOT, "3333444455%02d", n);
    }

    private static void writeCaptures(Path out) throws IOException {
        for (int a = 0; a < ACCOUNTS; a++) {
            for (String region : REGIONS) {
                Path folder = out.resolve(account(a)).resolve(region);
                Files.createDirectories(folder);
                StringBuilder images = new StringBuilder("{\n    \"Images\": [\n");
                for (int i = 0; i < IMAGES.length; i++) {
                    images.append(i == 0 ? "" : ",\n").append("        {\"ImageId\": \"").append(IMAGES[i])
                            .append("\", \"OwnerId\": \"").append(IMAGE_OWNERS[i]).append("\", \"Public\": false")
                            .append(i == 3 ? ", \"ImageOwnerAlias\": \"amazon\"" : "")
                            .append(", \"State\": \"available\", \"ImageType\": \"machine\"}");
                }
                images.append("\n    ]\n}\n");
                Files.writeString(folder.resolve("describe-images-in-use-1.json"), images);
            }
        }
    }

    private static void writeLog(Path out, int index, long seed, AtomicLong written, AtomicLong stored)
            throws IOException {
        Random random = new Random(seed * 1_000_003L + index);
        String account = account(index % ACCOUNTS);
        String region = REGIONS[(index / ACCOUNTS) % REGIONS.length];
        int day = 1 + index % 28;
        int minute = (index * 5) % (24 * 60);
        String stamp = String.format(Locale.ROOT, "202611%02dT%02d%02dZ", day, minute / 60, minute % 60);
        String name = account + "_CloudTrail_" + region + "_" + stamp + "_" + unique(random) + ".json.gz";
        Path file = out.resolve("AWSLogs/o-bench00001").resolve(account).resolve("CloudTrail").resolve(region)
                .resolve(String.format(Locale.ROOT, "2026/11/%02d", day)).resolve(name);
        Files.createDirectories(file.getParent());
        long[] count = {0};
        try (OutputStream raw = Files.newOutputStream(file);
                OutputStream gzip = new GZIPOutputStream(raw, 64 * 1024);
                Writer writer = new BufferedWriter(new OutputStreamWriter(new CountingStream(gzip, count),
                        StandardCharsets.UTF_8), 64 * 1024)) {
            writer.write("{\"Records\":[");
            int n = 0;
            while (count[0] < FILE_BYTES) {
                if (n > 0) {
                    writer.write(',');
                }
                writer.write(record(random, account, region, day, n++));
                writer.flush();
            }
            writer.write("]}\n");
        }
        written.addAndGet(count[0] + 4);
        stored.addAndGet(Files.size(file));
    }

    private static String unique(Random random) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    private static String hex(Random random, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(Character.forDigit(random.nextInt(16), 16));
        }
        return s.toString();
    }

    private static String uuid(Random random) {
        return hex(random, 8) + "-" + hex(random, 4) + "-4" + hex(random, 3) + "-8" + hex(random, 3) + "-"
                + hex(random, 12);
    }

    private static String identity(Random random, String account) {
        String role = new String[] {"deployer", "platform-ci", "app-runtime", "readonly-audit"}[random.nextInt(4)];
        String session = "session-" + hex(random, 8);
        return "{\"type\":\"AssumedRole\",\"principalId\":\"AROA" + hex(random, 17).toUpperCase(Locale.ROOT) + ":"
                + session + "\",\"arn\":\"arn:aws:sts::" + account + ":assumed-role/" + role + "/" + session
                + "\",\"accountId\":\"" + account + "\",\"accessKeyId\":\"ASIA"
                + hex(random, 16).toUpperCase(Locale.ROOT)
                + "\",\"sessionContext\":{\"sessionIssuer\":{\"type\":\"Role\",\"principalId\":\"AROA"
                + hex(random, 17).toUpperCase(Locale.ROOT) + "\",\"arn\":\"arn:aws:iam::" + account + ":role/" + role
                + "\",\"accountId\":\"" + account + "\",\"userName\":\"" + role + "\"},\"webIdFederationData\":{},"
                + "\"attributes\":{\"creationDate\":\"2026-11-30T09:00:00Z\",\"mfaAuthenticated\":\"false\"}}}";
    }

    private static String record(Random random, String account, String region, int day, int n) {
        String time = String.format(Locale.ROOT, "2026-11-%02dT%02d:%02d:%02dZ", day, random.nextInt(24),
                random.nextInt(60), random.nextInt(60));
        int kind = random.nextInt(100);
        String source;
        String event;
        String request;
        String response = "null";
        boolean readOnly = true;
        if (kind < 2) {
            source = "ec2.amazonaws.com";
            event = "RunInstances";
            readOnly = false;
            String image = IMAGES[random.nextInt(IMAGES.length)];
            int instances = 1 + random.nextInt(3);
            request = "{\"instancesSet\":{\"items\":[{\"imageId\":\"" + image + "\",\"minCount\":" + instances
                    + ",\"maxCount\":" + instances + "}]},\"instanceType\":\"m5.large\",\"blockDeviceMapping\":{},"
                    + "\"monitoring\":{\"enabled\":false},\"disableApiTermination\":false,\"clientToken\":\""
                    + uuid(random) + "\"}";
            StringBuilder items = new StringBuilder();
            for (int i = 0; i < instances; i++) {
                items.append(i == 0 ? "" : ",").append("{\"instanceId\":\"i-0").append(hex(random, 16))
                        .append("\",\"imageId\":\"").append(image).append("\",\"instanceState\":{\"code\":0,"
                        + "\"name\":\"pending\"},\"privateDnsName\":\"ip-10-0-").append(random.nextInt(255))
                        .append("-").append(random.nextInt(255)).append(".ec2.internal\",\"amiLaunchIndex\":")
                        .append(i).append(",\"productCodes\":{},\"instanceType\":\"m5.large\",\"launchTime\":"
                        + "1796032800000,\"placement\":{\"availabilityZone\":\"").append(region)
                        .append("a\",\"tenancy\":\"default\"},\"monitoring\":{\"state\":\"disabled\"},\"subnetId\":"
                        + "\"subnet-0").append(hex(random, 16)).append("\",\"vpcId\":\"vpc-0").append(hex(random, 16))
                        .append("\",\"blockDeviceMapping\":{},\"virtualizationType\":\"hvm\",\"hypervisor\":\"xen\"}");
            }
            response = "{\"requestId\":\"" + uuid(random) + "\",\"reservationId\":\"r-0" + hex(random, 16)
                    + "\",\"ownerId\":\"" + account + "\",\"groupSet\":{},\"instancesSet\":{\"items\":[" + items
                    + "]}}";
        } else if (kind < 30) {
            source = "sts.amazonaws.com";
            event = "AssumeRole";
            request = "{\"roleArn\":\"arn:aws:iam::" + account + ":role/app-runtime\",\"roleSessionName\":\"session-"
                    + hex(random, 8) + "\",\"durationSeconds\":3600}";
            response = "{\"credentials\":{\"accessKeyId\":\"ASIA" + hex(random, 16).toUpperCase(Locale.ROOT)
                    + "\",\"sessionToken\":\"" + hex(random, 360) + "\",\"expiration\":\"Nov 30, 2026, 11:00:00 AM\"},"
                    + "\"assumedRoleUser\":{\"assumedRoleId\":\"AROA" + hex(random, 17).toUpperCase(Locale.ROOT)
                    + ":session\",\"arn\":\"arn:aws:sts::" + account + ":assumed-role/app-runtime/session\"}}";
        } else if (kind < 55) {
            source = "ec2.amazonaws.com";
            event = "DescribeInstances";
            StringBuilder ids = new StringBuilder();
            for (int i = 0; i < 1 + random.nextInt(20); i++) {
                ids.append(i == 0 ? "" : ",").append("{\"instanceId\":\"i-0").append(hex(random, 16)).append("\"}");
            }
            request = "{\"instancesSet\":{\"items\":[" + ids + "]},\"filterSet\":{\"items\":[{\"name\":\"tag:env\","
                    + "\"valueSet\":{\"items\":[{\"value\":\"prod\"}]}}]}}";
        } else if (kind < 80) {
            source = "kms.amazonaws.com";
            event = "Decrypt";
            request = "{\"encryptionContext\":{\"aws:s3:arn\":\"arn:aws:s3:::app-data-" + hex(random, 6)
                    + "/objects/" + hex(random, 24) + "\"},\"encryptionAlgorithm\":\"SYMMETRIC_DEFAULT\"}";
        } else {
            source = "monitoring.amazonaws.com";
            event = "PutMetricData";
            readOnly = false;
            request = "{\"namespace\":\"App/Requests\",\"metricData\":[{\"metricName\":\"Latency\",\"value\":"
                    + random.nextInt(1000) + ",\"unit\":\"Milliseconds\",\"dimensions\":[{\"name\":\"Service\","
                    + "\"value\":\"checkout\"}]}]}";
        }
        return "{\"eventVersion\":\"1.11\",\"userIdentity\":" + identity(random, account) + ",\"eventTime\":\""
                + time + "\",\"eventSource\":\"" + source + "\",\"eventName\":\"" + event + "\",\"awsRegion\":\""
                + region + "\",\"sourceIPAddress\":\"10.0." + random.nextInt(255) + "." + random.nextInt(255)
                + "\",\"userAgent\":\"aws-sdk-java/2.29.0 Linux/6.1 OpenJDK_64-Bit_Server_VM/17.0.15 md/io#sync\","
                + "\"requestParameters\":" + request + ",\"responseElements\":" + response + ",\"requestID\":\""
                + uuid(random) + "\",\"eventID\":\"" + uuid(random) + "\",\"readOnly\":" + readOnly + ",\"eventType\":"
                + "\"AwsApiCall\",\"managementEvent\":true,\"recipientAccountId\":\"" + account + "\","
                + "\"eventCategory\":\"Management\",\"tlsDetails\":{\"tlsVersion\":\"TLSv1.3\",\"cipherSuite\":"
                + "\"TLS_AES_128_GCM_SHA256\",\"clientProvidedHostHeader\":\"" + source.replace("amazonaws.com",
                region + ".amazonaws.com") + "\"}}";
    }

    /** Counts the bytes written through it. */
    private static final class CountingStream extends OutputStream {
        private final OutputStream out;
        private final long[] count;

        CountingStream(OutputStream out, long[] count) {
            this.out = out;
            this.count = count;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count[0]++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count[0] += len;
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
