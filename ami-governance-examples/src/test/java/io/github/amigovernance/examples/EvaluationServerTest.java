package io.github.amigovernance.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.amigovernance.core.config.ConfigLoader;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Talks to the example server over loopback with the JDK's HTTP client. */
final class EvaluationServerTest {

    private static EvaluationServer server;
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws IOException {
        server = EvaluationServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                new ConfigLoader().load(Path.of("config", "ami_publishers.json")),
                Clock.fixed(Instant.parse("2026-12-03T12:00:00Z"), ZoneOffset.UTC));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> post(String path, HttpRequest.BodyPublisher body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(10)).POST(body).header("Content-Type", "application/json").build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void post_pendingRequest_returnsTheDecision() throws Exception {
        HttpResponse<String> response = post("/evaluate",
                HttpRequest.BodyPublishers.ofFile(Path.of("requests", "migration-pending.json")));

        assertEquals(200, response.statusCode());
        assertEquals("application/json; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(response.body().startsWith("{\n  \"decision\": \"PENDING_APPROVAL\",\n  \"missing_approvals\": [\n"
                + "    \"cloud-architect\"\n  ],\n  \"max_expires_on\": \"2027-03-03\","), response.body());
    }

    @Test
    void post_asOfParameter_changesTheDayOfJudgement() throws Exception {
        HttpResponse<String> response = post("/evaluate?as_of=2027-02-01",
                HttpRequest.BodyPublishers.ofFile(Path.of("requests", "migration-approved.json")));

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("\"decision\": \"REJECTED\""), response.body());
        assertTrue(response.body().contains("EXPIRY_IN_PAST"), response.body());
    }

    @Test
    void post_malformedJson_returns400WithTheProblem() throws Exception {
        HttpResponse<String> response = post("/evaluate", HttpRequest.BodyPublishers.ofString(
                "{\"account_id\": \"8888\", \"type\": \"migration\", \"start_date\": \"2026-12-03\","
                        + " \"expires_on\": \"2027-01-15\"}"));

        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("\"error\": \"bad_input\""), response.body());
        assertTrue(response.body().contains("\"path\": \"account_id\""), response.body());
        assertTrue(response.body().contains("(4 digits)"), response.body());
        assertTrue(response.body().contains("\"line\": 1"), response.body());
    }

    @Test
    void post_bodyOverOneMebibyte_returns413() throws Exception {
        byte[] body = new byte[EvaluationServer.MAX_BODY_BYTES + 1];
        java.util.Arrays.fill(body, (byte) ' ');

        HttpResponse<String> response = post("/evaluate", HttpRequest.BodyPublishers.ofByteArray(body));

        assertEquals(413, response.statusCode());
    }

    @Test
    void get_returns405WithAllowHeader() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/evaluate"))
                .timeout(Duration.ofSeconds(10)).GET().build();

        HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());

        assertEquals(405, response.statusCode());
        assertEquals("POST", response.headers().firstValue("Allow").orElseThrow());
    }

    @Test
    void post_otherPath_returns404() throws Exception {
        assertEquals(404, post("/approve", HttpRequest.BodyPublishers.ofString("{}")).statusCode());
    }

    @Test
    void post_badAsOf_returns400() throws Exception {
        HttpResponse<String> response = post("/evaluate?as_of=tomorrow",
                HttpRequest.BodyPublishers.ofString(Files.readString(Path.of("requests", "migration-pending.json"))));

        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("as_of"), response.body());
    }
}
