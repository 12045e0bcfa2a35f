package io.github.amigovernance.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads the CI templates in {@code ci/} and runs the commands they contain against the bundled
 * example configs with the packaged jar, checking the exit codes each pipeline must give.
 *
 * <p>Steps that fetch or build the tool (git, Maven, the Actions cache) need a network and are not
 * run; the tests check instead that they build with the documented command and leave the jar where
 * the other steps look for it, and run the branches of them that need no network.
 */
final class CiTemplatesIT {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path GITLAB = Path.of("ci", "gitlab-ci.yml");
    private static final Path PR_CHECK = Path.of("ci", "github", "workflows", "pr-check.yml");
    private static final Path DAILY = Path.of("ci", "github", "workflows", "daily-exceptions.yml");
    private static final Path EXAMPLE = Path.of("config", "ami_publishers.json").toAbsolutePath();
    private static final Path VALID = Path.of("config", "ami_publishers_valid.json").toAbsolutePath();
    private static final String INVOCATION = "java -jar \"$AMI_GOVERNANCE_JAR\"";
    private static final Set<String> GITLAB_KEYWORDS = Set.of("variables", "default", "stages", "include",
            "workflow", "image", "services", "cache", "before_script", "after_script");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);
    private static final LocalDate TEN_DAYS_BEFORE_EXPIRY = LocalDate.of(2027, 2, 5);

    private static JsonNode read(Path template) throws IOException {
        JsonNode root = YAML.readTree(template.toFile());
        assertTrue(root != null && root.isObject(), template + " is not a YAML mapping");
        return root;
    }

    private static Map<String, String> strings(JsonNode mapping) {
        Map<String, String> values = new LinkedHashMap<>();
        if (mapping != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = mapping.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                values.put(entry.getKey(), entry.getValue().asText());
            }
        }
        return values;
    }

    /** The environment a template's commands see here: its variables, with the jar and config under test. */
    private static Map<String, String> environment(Map<String, String> variables, Path config, Path workDir) {
        Map<String, String> env = new LinkedHashMap<>(variables);
        assertTrue(env.containsKey("AMI_GOVERNANCE_JAR"), "the template defines no AMI_GOVERNANCE_JAR");
        assertTrue(env.containsKey("AMI_GOVERNANCE_CONFIG"), "the template defines no AMI_GOVERNANCE_CONFIG");
        env.put("AMI_GOVERNANCE_JAR", CiScript.JAR.toString());
        env.put("AMI_GOVERNANCE_CONFIG", config.toString());
        env.put("CI_PROJECT_DIR", workDir.toString());
        return env;
    }

    // ---- GitLab ------------------------------------------------------------------------------

    /** A GitLab job as the tests need it. */
    private record GitLabJob(String name, String stage, String pipelines, String script, JsonNode node) {
    }

    private static List<GitLabJob> gitLabJobs(JsonNode root) {
        List<String> stages = new ArrayList<>();
        root.get("stages").forEach(s -> stages.add(s.asText()));
        List<GitLabJob> jobs = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (GITLAB_KEYWORDS.contains(entry.getKey()) || entry.getKey().startsWith(".")) {
                continue;
            }
            JsonNode job = entry.getValue();
            String stage = job.path("stage").asText("test");
            assertTrue(stages.contains(stage), entry.getKey() + " is in the undeclared stage " + stage);
            StringBuilder script = new StringBuilder();
            job.get("script").forEach(line -> script.append(line.asText()).append('\n'));
            jobs.add(new GitLabJob(entry.getKey(), stage, pipelines(entry.getKey(), job), script.toString(), job));
        }
        jobs.sort((a, b) -> Integer.compare(stages.indexOf(a.stage()), stages.indexOf(b.stage())));
        return jobs;
    }

    /** Returns which pipelines run the job: push, schedule or both. */
    private static String pipelines(String name, JsonNode job) {
        JsonNode rules = job.get("rules");
        if (rules == null) {
            return "both";
        }
        assertEquals(1, rules.size(), name + ": the test understands one rule per job");
        String condition = rules.get(0).path("if").asText();
        if (condition.equals("$CI_PIPELINE_SOURCE == \"schedule\"")) {
            return "schedule";
        }
        if (condition.equals("$CI_PIPELINE_SOURCE != \"schedule\"")) {
            return "push";
        }
        return fail(name + ": the test does not understand the rule " + condition);
    }

    /** Runs the jobs of one pipeline that use the jar, stage by stage, until one fails. */
    private static Map<String, CiScript.Result> runGitLab(String pipeline, Path config, LocalDate asOf, Path workDir)
            throws Exception {
        JsonNode root = read(GITLAB);
        Map<String, String> env = environment(strings(root.get("variables")), config, workDir);
        Map<String, CiScript.Result> results = new LinkedHashMap<>();
        for (GitLabJob job : gitLabJobs(root)) {
            boolean runs = job.pipelines().equals("both") || job.pipelines().equals(pipeline);
            if (!runs || !job.script().contains(INVOCATION) || job.stage().equals("build")) {
                continue;
            }
            CiScript.Result result = CiScript.run(workDir, env, job.script(), asOf);
            results.put(job.name(), result);
            if (result.exitCode() != 0 && !allowedToFailWith(job.node(), result.exitCode())) {
                break;
            }
        }
        return results;
    }

    private static boolean allowedToFailWith(JsonNode job, int exitCode) {
        for (JsonNode code : job.path("allow_failure").path("exit_codes")) {
            if (code.asInt() == exitCode) {
                return true;
            }
        }
        return false;
    }

    @Test
    void gitlab_pushWithAnExpiredException_failsInTheValidateStage(@TempDir Path dir) throws Exception {
        Map<String, CiScript.Result> results = runGitLab("push", EXAMPLE, DAY, dir);

        assertEquals(List.of("ami-governance:validate"), List.copyOf(results.keySet()));
        CiScript.Result validate = results.get("ami-governance:validate");
        assertEquals(1, validate.exitCode(), validate.output());
        assertTrue(validate.output().contains("EXPIRED  account 777788889999"), validate.output());
    }

    @Test
    void gitlab_pushWithAValidConfig_validatesGeneratesAndVerifies(@TempDir Path dir) throws Exception {
        Map<String, CiScript.Result> results = runGitLab("push", VALID, DAY, dir);

        assertEquals(List.of("ami-governance:validate", "ami-governance:generate", "ami-governance:verify"),
                List.copyOf(results.keySet()));
        results.forEach((job, result) -> assertEquals(0, result.exitCode(), job + ":\n" + result.output()));
        assertTrue(Files.exists(dir.resolve("dist").resolve("declarative-policy-ec2.json")));
        assertTrue(results.get("ami-governance:verify").output().contains("PASSED: 0 errors"),
                results.get("ami-governance:verify").output());
    }

    @Test
    void gitlab_scheduleWithAnExpiredException_fails(@TempDir Path dir) throws Exception {
        Map<String, CiScript.Result> results = runGitLab("schedule", EXAMPLE, DAY, dir);

        assertEquals(List.of("ami-governance:expiry"), List.copyOf(results.keySet()));
        assertEquals(1, results.get("ami-governance:expiry").exitCode(), results.get("ami-governance:expiry").output());
    }

    @Test
    void gitlab_scheduleWithNothingDue_passes(@TempDir Path dir) throws Exception {
        CiScript.Result expiry = runGitLab("schedule", VALID, DAY, dir).get("ami-governance:expiry");

        assertEquals(0, expiry.exitCode(), expiry.output());
    }

    @Test
    void gitlab_scheduleWithAnExceptionExpiringSoon_endsWithTheWarningCodeItMayFailWith(@TempDir Path dir)
            throws Exception {
        CiScript.Result expiry = runGitLab("schedule", VALID, TEN_DAYS_BEFORE_EXPIRY, dir)
                .get("ami-governance:expiry");

        assertEquals(10, expiry.exitCode(), expiry.output());
        assertTrue(expiry.output().contains("EXPIRES_SOON"), expiry.output());
        assertTrue(allowedToFailWith(read(GITLAB).get("ami-governance:expiry"), 10));
        assertTrue(Files.readString(dir.resolve("exceptions.json")).contains("\"expiring\": 1"));
    }

    @Test
    void gitlab_buildJob_buildsTheDocumentedWayAndPublishesTheJarTheOtherJobsUse(@TempDir Path dir)
            throws Exception {
        JsonNode root = read(GITLAB);
        GitLabJob build = gitLabJobs(root).stream().filter(j -> j.stage().equals("build")).findFirst().orElseThrow();
        String jar = strings(root.get("variables")).get("AMI_GOVERNANCE_JAR");

        assertTrue(build.script().contains("mvn -B -q -f .ami-governance/src/pom.xml package -DskipTests"),
                build.script());
        assertTrue(build.script().contains("\"$AMI_GOVERNANCE_JAR\""), build.script());
        assertEquals(jar, build.node().at("/artifacts/paths/0").asText());
        for (GitLabJob job : gitLabJobs(root)) {
            if (!job.stage().equals("build")) {
                assertEquals("ami-governance:build", job.node().at("/needs/0").asText(), job.name());
            }
        }

        Map<String, String> env = strings(root.get("variables"));
        Path cached = dir.resolve(jar);
        Files.createDirectories(cached.getParent());
        Files.copy(CiScript.JAR, cached);
        CiScript.Result fromCache = CiScript.run(dir, env, build.script(), DAY);
        Files.delete(cached);
        CiScript.Result unconfigured = CiScript.run(dir, env, build.script(), DAY);

        assertEquals(0, fromCache.exitCode(), fromCache.output());
        assertTrue(fromCache.output().contains("Using the cached " + jar), fromCache.output());
        assertTrue(fromCache.output().contains("ami-governance "), fromCache.output());
        assertEquals(2, unconfigured.exitCode(), unconfigured.output());
        assertTrue(unconfigured.output().contains("Set AMI_GOVERNANCE_GIT_URL"), unconfigured.output());
    }

    // ---- GitHub Actions ----------------------------------------------------------------------

    /** Runs the steps of a workflow's one job that use the jar, in order, until one fails. */
    private static List<CiScript.Result> runWorkflow(Path workflow, Path config, LocalDate asOf, Path workDir)
            throws Exception {
        JsonNode root = read(workflow);
        JsonNode jobs = root.get("jobs");
        assertEquals(1, jobs.size(), workflow + ": the test expects one job");
        JsonNode job = jobs.elements().next();
        Map<String, String> variables = strings(root.get("env"));
        variables.putAll(strings(job.get("env")));
        List<CiScript.Result> results = new ArrayList<>();
        for (JsonNode step : job.get("steps")) {
            String run = step.path("run").asText("");
            if (!run.contains(INVOCATION)) {
                continue;
            }
            assertFalse(step.has("if"), step.path("name").asText() + ": a step using the jar should not be skipped");
            Map<String, String> stepVariables = new LinkedHashMap<>(variables);
            stepVariables.putAll(strings(step.get("env")));
            CiScript.Result result = CiScript.run(workDir, environment(stepVariables, config, workDir), run, asOf);
            results.add(result);
            if (result.exitCode() != 0) {
                break;
            }
        }
        assertFalse(results.isEmpty(), workflow + " has no step that runs the jar");
        return results;
    }

    private static int jobExitCode(List<CiScript.Result> results) {
        return results.get(results.size() - 1).exitCode();
    }

    private static String output(List<CiScript.Result> results) {
        StringBuilder all = new StringBuilder();
        results.forEach(r -> all.append(r.output()));
        return all.toString();
    }

    @Test
    void prCheck_expiredException_failsOnItsFirstCheck(@TempDir Path dir) throws Exception {
        List<CiScript.Result> results = runWorkflow(PR_CHECK, EXAMPLE, DAY, dir);

        assertEquals(1, results.size(), output(results));
        assertEquals(1, jobExitCode(results), output(results));
    }

    @Test
    void prCheck_validConfig_passesAndLeavesThePolicies(@TempDir Path dir) throws Exception {
        List<CiScript.Result> results = runWorkflow(PR_CHECK, VALID, DAY, dir);

        assertEquals(3, results.size(), output(results));
        assertEquals(0, jobExitCode(results), output(results));
        assertTrue(Files.exists(dir.resolve("dist").resolve("scp-ami-guardrail.json")));
        assertTrue(read(PR_CHECK).path("on").has("pull_request"));
    }

    @Test
    void daily_expiredException_fails(@TempDir Path dir) throws Exception {
        List<CiScript.Result> results = runWorkflow(DAILY, EXAMPLE, DAY, dir);

        assertEquals(1, jobExitCode(results), output(results));
        assertTrue(output(results).contains("FAILED: 1 expired"), output(results));
    }

    @Test
    void daily_nothingDue_passesWithoutWarning(@TempDir Path dir) throws Exception {
        List<CiScript.Result> results = runWorkflow(DAILY, VALID, DAY, dir);

        assertEquals(2, results.size(), output(results));
        assertEquals(0, jobExitCode(results), output(results));
        assertFalse(output(results).contains("::warning"), output(results));
    }

    @Test
    void daily_exceptionExpiringSoon_passesWithAWarningAnnotation(@TempDir Path dir) throws Exception {
        List<CiScript.Result> results = runWorkflow(DAILY, VALID, TEN_DAYS_BEFORE_EXPIRY, dir);

        assertEquals(0, jobExitCode(results), output(results));
        assertTrue(output(results).contains("::warning title=AMI exceptions expire soon::1 exception(s) in "),
                output(results));
        assertTrue(read(DAILY).at("/on/schedule/0/cron").isTextual());
    }

    @Test
    void workflows_buildTheDocumentedWayAndCheckTheirSetUp(@TempDir Path dir) throws Exception {
        for (Path workflow : List.of(PR_CHECK, DAILY)) {
            JsonNode steps = read(workflow).get("jobs").elements().next().get("steps");
            String build = "";
            JsonNode setUp = null;
            for (JsonNode step : steps) {
                String name = step.path("name").asText();
                if (name.equals("Build ami-governance")) {
                    build = step.path("run").asText();
                } else if (name.equals("Check the set-up")) {
                    setUp = step;
                }
            }
            assertTrue(build.contains("mvn -B -q -f .ami-governance/src/pom.xml package -DskipTests"),
                    workflow + build);
            assertTrue(build.contains("\"$AMI_GOVERNANCE_JAR\""), workflow + build);
            assertTrue(setUp != null, workflow + " has no set-up check");

            String check = setUp.get("run").asText();
            CiScript.Result unset = CiScript.run(dir, Map.of("AMI_GOVERNANCE_REPOSITORY", ""), check, DAY);
            CiScript.Result set = CiScript.run(dir, Map.of("AMI_GOVERNANCE_REPOSITORY", "example/ami-governance"),
                    check, DAY);

            assertEquals(2, unset.exitCode(), workflow + unset.output());
            assertTrue(unset.output().startsWith("::error::Set the repository variable"), unset.output());
            assertEquals(0, set.exitCode(), workflow + set.output());
        }
    }
}
