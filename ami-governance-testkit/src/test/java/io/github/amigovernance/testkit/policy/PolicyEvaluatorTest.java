package io.github.amigovernance.testkit.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.amigovernance.testkit.policy.PolicyEvaluator.AllowedAmisDecision;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class PolicyEvaluatorTest {

    private static final Map<String, Object> SCP = PolicyEvaluator.parse(Samples.SCP);
    private static final Map<String, Object> DECLARATIVE = PolicyEvaluator.parse(Samples.DECLARATIVE);

    @ParameterizedTest(name = "{0} by {1} on an image of {2}: denied {3}")
    @CsvSource({
        "ec2:RunInstances, 999988887777, 111122223333, false",
        "ec2:RunInstances, 999988887777, amazon, false",
        "ec2:RunInstances, 999988887777, aws-marketplace, true",
        "ec2:RunInstances, 999988887777, 999988887777, true",
        "ec2:createfleet, 999988887777, 444455556666, true",
        "ec2:RequestSpotInstances, 999988887777, 444455556666, false",
        "ec2:CreateImage, 123456738923, '', false",
        "ec2:CreateImage, 999988887777, '', true",
        "ec2:DisableImageBlockPublicAccess, 123456738923, '', true",
        "ec2:DescribeImages, 999988887777, 444455556666, false"})
    void scpDenies_sampleScp_decidesAsIamWould(String action, String principal, String owner, boolean denied) {
        AccessRequest call = new AccessRequest(action, principal, Optional.ofNullable(owner).filter(o -> !o.isEmpty()));

        assertEquals(denied, PolicyEvaluator.scpDenies(SCP, call));
    }

    @Test
    void scpDenies_ownerKeyOnTheInstanceResource_deniesEveryLaunch() {
        Map<String, Object> misplaced = PolicyEvaluator.parse(Samples.SCP.replace("arn:aws:ec2:*::image/*",
                "arn:aws:ec2:*:*:instance/*"));

        assertTrue(PolicyEvaluator.scpDenies(misplaced, new AccessRequest("ec2:RunInstances", "999988887777",
                Optional.of("111122223333"))), "the key is absent on the instance, so StringNotEquals holds");
    }

    @Test
    void scpDenies_operatorItDoesNotModel_isRefused() {
        Map<String, Object> like = PolicyEvaluator.parse(Samples.SCP.replace("StringNotEquals\":{\"ec2:Owner",
                "StringNotLike\":{\"ec2:Owner"));

        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, () ->
                PolicyEvaluator.scpDenies(like, new AccessRequest("ec2:RunInstances", "1", Optional.of("2"))));

        assertTrue(e.getMessage().contains("StringNotLike"), e.getMessage());
    }

    @Test
    void allowedAmis_enabled_allowsListedAndOwnImagesOnly() {
        assertEquals(new AllowedAmisDecision(true, true), allowedAmis(DECLARATIVE, "111122223333"));
        assertEquals(new AllowedAmisDecision(true, true), allowedAmis(DECLARATIVE, "999988887777"));
        assertEquals(new AllowedAmisDecision(false, false), allowedAmis(DECLARATIVE, "aws-marketplace"));
    }

    @Test
    void allowedAmis_auditMode_allowsEverythingButMarksIt() {
        Map<String, Object> audit = PolicyEvaluator.parse(Samples.DECLARATIVE.replace("\"enabled\"", "\"audit_mode\""));

        assertEquals(new AllowedAmisDecision(true, false), allowedAmis(audit, "444455556666"));
    }

    @Test
    void allowedAmis_marketplaceAliasInUnderscoreSpelling_matchesTheHyphenOwner() {
        Map<String, Object> marketplace = PolicyEvaluator.parse(Samples.DECLARATIVE.replace("\"amazon\"]",
                "\"aws_marketplace\"]"));

        assertTrue(allowedAmis(marketplace, "aws-marketplace").imageAllowed());
        assertFalse(allowedAmis(marketplace, "amazon").imageAllowed());
    }

    private static AllowedAmisDecision allowedAmis(Map<String, Object> declarative, String owner) {
        return PolicyEvaluator.allowedAmis(declarative, new AccessRequest("ec2:RunInstances", "999988887777",
                Optional.of(owner)));
    }
}
