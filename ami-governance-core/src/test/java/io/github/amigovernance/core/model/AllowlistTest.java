package io.github.amigovernance.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

final class AllowlistTest {

    private static final AccountId OPS = AccountId.of("123456738923");
    private static final AccountId VENDOR = AccountId.of("111122223333");
    private static final AccountId EXCEPTION = AccountId.of("777788889999");
    private static final LocalDate EXPIRY = LocalDate.of(2026, 2, 28);

    private static GovernanceConfig config() {
        return GovernanceConfig.builder(OpsPublisher.of(OPS))
                .vendor(VendorPublisher.of(VENDOR, "InfoBlox"))
                .providerAlias(ProviderAlias.AWS_MARKETPLACE)
                .exception(ExceptionAccount.of(EXCEPTION, EXPIRY, "migration", "CLOUD-1"))
                .build();
    }

    @Test
    void of_onExpiryDay_includesTheException() {
        Allowlist allowlist = Allowlist.of(config(), EXPIRY);

        assertTrue(allowlist.allows(EXCEPTION));
        assertEquals(List.of(OPS, EXCEPTION), List.copyOf(allowlist.internalPublishers()));
        assertEquals(List.of(), allowlist.expiredExceptions());
    }

    @Test
    void of_dayAfterExpiry_leavesTheExceptionOut() {
        Allowlist allowlist = Allowlist.of(config(), EXPIRY.plusDays(1));

        assertEquals(List.of(VENDOR, OPS), List.copyOf(allowlist.accounts()));
        assertEquals(List.of(OPS), List.copyOf(allowlist.internalPublishers()));
        assertEquals(1, allowlist.expiredExceptions().size());
    }

    @Test
    void declarativeProviders_areSortedInDeclarativeSpelling() {
        Allowlist allowlist = Allowlist.of(config(), EXPIRY);

        assertEquals(List.of("111122223333", "123456738923", "777788889999", "aws_marketplace"),
                allowlist.declarativeProviders());
        assertEquals(List.of("111122223333", "123456738923", "777788889999", "aws-marketplace"),
                allowlist.scpOwners());
    }

    @Test
    void of_accountListedTwice_appearsOnce() {
        GovernanceConfig config = config().toBuilder()
                .vendor(VendorPublisher.of(OPS, "also ops"))
                .exception(ExceptionAccount.of(VENDOR, EXPIRY, "r", "t"))
                .build();

        assertEquals(List.of("111122223333", "123456738923", "777788889999", "aws_marketplace"),
                Allowlist.of(config, EXPIRY).declarativeProviders());
    }

    @Test
    void accountId_nonAsciiDigits_isRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AccountId.of("１２３４５６７８９０１２"));

        assertTrue(e.getMessage().contains("１２３４５６７８９０１２"));
    }

    @Test
    void exceptionPolicy_typeAboveCeiling_isRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ExceptionPolicy(
                new java.util.TreeMap<>(java.util.Map.of("long", new ExceptionTypePolicy("long", 120, List.of("x")))),
                90, "chief-architect", 14));

        assertTrue(e.getMessage().contains("120"));
    }
}
