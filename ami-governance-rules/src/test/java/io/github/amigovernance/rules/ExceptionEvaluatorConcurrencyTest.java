package io.github.amigovernance.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.amigovernance.core.model.AccountId;
import io.github.amigovernance.core.model.GovernanceConfig;
import io.github.amigovernance.core.model.OpsPublisher;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

final class ExceptionEvaluatorConcurrencyTest {

    private static final int THREADS = 8;
    private static final int ROUNDS = 500;

    private static List<ExceptionRequest> mix() {
        List<ExceptionRequest> requests = new ArrayList<>();
        String[][] types = {{"migration", "security-lead", "cloud-architect"},
                {"vendor_poc", "engineering-manager", "cto"},
                {"emergency", "security-lead", "vp-engineering"}};
        for (int days = 0; days <= 95; days += 5) {
            for (String[] type : types) {
                requests.add(Requests.ofType(type[0], type[1], type[2]).days(days).build());
                requests.add(Requests.ofType(type[0], type[1]).days(days).sponsor(days % 2 == 0 ? "" : "s").build());
            }
        }
        return requests;
    }

    @Test
    void evaluate_fromManyThreadsAtOnce_givesTheSameDecisionsAsOneThread() throws Exception {
        GovernanceConfig config = GovernanceConfig.builder(OpsPublisher.of(AccountId.of("123456738923"))).build();
        ExceptionEvaluator evaluator = new ExceptionEvaluator();
        List<ExceptionRequest> requests = mix();
        List<Decision> expected = requests.stream().map(r -> evaluator.evaluate(r, config, Requests.TODAY)).toList();

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Integer>> mismatches = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                mismatches.add(pool.submit(() -> {
                    int wrong = 0;
                    for (int round = 0; round < ROUNDS; round++) {
                        for (int i = 0; i < requests.size(); i++) {
                            if (!evaluator.evaluate(requests.get(i), config, Requests.TODAY).equals(expected.get(i))) {
                                wrong++;
                            }
                        }
                    }
                    return wrong;
                }));
            }
            for (Future<Integer> result : mismatches) {
                assertEquals(0, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(120, requests.size());
    }
}
