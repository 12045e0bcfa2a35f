package io.github.amigovernance.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.amigovernance.core.InvalidInputException;
import io.github.amigovernance.core.config.ConfigLoader;
import io.github.amigovernance.core.json.PrettyJson;
import io.github.amigovernance.core.model.GovernanceConfig;
import io.github.amigovernance.core.verify.ResultJson;
import io.github.amigovernance.rules.Decision;
import io.github.amigovernance.rules.DecisionJson;
import io.github.amigovernance.rules.ExceptionEvaluator;
import io.github.amigovernance.rules.ExceptionRequest;
import io.github.amigovernance.rules.ExceptionRequestLoader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small HTTP service of the kind a self-service portal calls: {@code POST /evaluate} with an
 * exception request as the body returns the rules' decision as JSON.
 *
 * <ul>
 *   <li>200 with the decision ({@code decision}, {@code missing_approvals}, {@code max_expires_on},
 *       {@code findings}) for any well-formed request, rejected ones included;
 *   <li>400 with every problem found (file, path, line, column, message) for a malformed request;
 *   <li>413 for a body over 1 MiB, 405 for another method, 404 for another path.
 * </ul>
 *
 * <p>The day of the judgement is today in UTC, or the {@code as_of} query parameter
 * ({@code /evaluate?as_of=2026-12-03}). The server binds to the loopback address unless told
 * otherwise; put it behind the portal's own authentication before exposing it further.
 */
public final class EvaluationServer implements AutoCloseable {

    /** The largest request body accepted. */
    public static final int MAX_BODY_BYTES = 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(EvaluationServer.class);

    private final HttpServer server;
    private final ExecutorService workers;
    private final GovernanceConfig config;
    private final ExceptionRequestLoader loader;
    private final ExceptionEvaluator evaluator = new ExceptionEvaluator();
    private final Clock clock;

    private EvaluationServer(HttpServer server, GovernanceConfig config, Clock clock) {
        this.server = server;
        this.config = config;
        this.loader = new ExceptionRequestLoader(config.exceptionPolicy());
        this.clock = clock;
        this.workers = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
        server.createContext("/", this::handle);
        server.setExecutor(workers);
    }

    /**
     * Starts a server.
     *
     * @param address where to listen; port 0 picks a free port
     * @param config the config whose policy and exception history apply
     * @param clock the clock whose UTC date is the default day of judgement
     * @throws IOException if the address cannot be bound
     */
    public static EvaluationServer start(InetSocketAddress address, GovernanceConfig config, Clock clock)
            throws IOException {
        EvaluationServer evaluation = new EvaluationServer(HttpServer.create(address, 64),
                Objects.requireNonNull(config, "config"), Objects.requireNonNull(clock, "clock"));
        evaluation.server.start();
        LOG.info("Evaluating exception requests at http://{}:{}/evaluate", address.getHostString(), evaluation.port());
        return evaluation;
    }

    /** Returns the port the server listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Stops the server, letting requests in flight finish for up to a second. */
    @Override
    public void close() {
        server.stop(1);
        workers.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI uri = exchange.getRequestURI();
            if (!uri.getPath().equals("/evaluate")) {
                send(exchange, 404, error("not_found", "POST exception requests to /evaluate"));
                return;
            }
            if (!exchange.getRequestMethod().equals("POST")) {
                exchange.getResponseHeaders().set("Allow", "POST");
                send(exchange, 405, error("method_not_allowed", "use POST with the request as a JSON body"));
                return;
            }
            byte[] body = readBody(exchange.getRequestBody());
            if (body == null) {
                send(exchange, 413, error("too_large", "the request body is over " + MAX_BODY_BYTES + " bytes"));
                return;
            }
            LocalDate asOf;
            try {
                asOf = asOf(uri.getRawQuery());
            } catch (DateTimeException e) {
                send(exchange, 400, error("bad_input", "as_of: expected a date as YYYY-MM-DD"));
                return;
            }
            try {
                ExceptionRequest request = loader.parse(body, "request body");
                Decision decision = evaluator.evaluate(request, config, asOf);
                send(exchange, 200, DecisionJson.write(decision));
            } catch (InvalidInputException e) {
                send(exchange, 400, problems(e));
            }
        } catch (RuntimeException e) {
            LOG.error("Evaluating a request failed", e);
            throw e;
        }
    }

    /** Reads the body, or returns null as soon as it passes the size limit. */
    private static byte[] readBody(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int total = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
            if (total > MAX_BODY_BYTES) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private LocalDate asOf(String query) {
        if (query != null) {
            for (String parameter : query.split("&")) {
                if (parameter.startsWith("as_of=")) {
                    String value = parameter.substring("as_of=".length());
                    if (!value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                        throw new DateTimeException(value);
                    }
                    return LocalDate.parse(value);
                }
            }
        }
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static String error(String code, String message) {
        return json(json -> {
            json.writeStringField("error", code);
            json.writeStringField("message", message);
        });
    }

    private static String problems(InvalidInputException e) {
        return json(json -> {
            json.writeStringField("error", "bad_input");
            ResultJson.problems(json, "problems", e.problems());
        });
    }

    private static String json(PrettyJson.Body fields) {
        return PrettyJson.write(json -> {
            json.writeStartObject();
            fields.write(json);
            json.writeEndObject();
        });
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = (json + "\n").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /**
     * Runs the server until the process is stopped.
     *
     * <p>Usage: {@code java -cp ami-governance.jar io.github.amigovernance.examples.EvaluationServer
     * --config ami_publishers.json [--port 8080]}
     *
     * @param args the command line
     * @throws IOException if the config cannot be read or the port bound
     */
    public static void main(String[] args) throws IOException {
        Path configFile = null;
        int port = 8080;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--config" -> configFile = Path.of(args[i + 1]);
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; expected --config FILE and optionally --port N");
            }
        }
        if (configFile == null) {
            throw new IllegalArgumentException("expected --config FILE");
        }
        GovernanceConfig config = new ConfigLoader().load(configFile);
        EvaluationServer server = start(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), config,
                Clock.systemUTC());
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    }
}
