package io.github.amigovernance.testkit.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class StructuralChecksTest {

    @Test
    void scp_renderedShape_passes() {
        assertEquals(List.of(), StructuralChecks.scp(Samples.SCP));
    }

    @Test
    void declarative_renderedShape_passes() {
        assertEquals(List.of(), StructuralChecks.declarative(Samples.DECLARATIVE));
    }

    static Stream<Arguments> brokenScps() {
        String s = Samples.SCP;
        return Stream.of(
                Arguments.of("JSON_SYNTAX", s + "{}"),
                Arguments.of("JSON_SYNTAX", s.replace("\"Sid\":\"DenyCreate\",",
                        "\"Sid\":\"DenyCreate\",\"Sid\":\"X\",")),
                Arguments.of("MISSING_VERSION", s.replace("\"Version\":\"2012-10-17\",", "")),
                Arguments.of("INVALID_VERSION", s.replace("2012-10-17", "2008-10-17")),
                Arguments.of("MISSING_STATEMENT", "{\"Version\":\"2012-10-17\",\"Statement\":[]}"),
                Arguments.of("UNSUPPORTED_ELEMENT", s.replace("\"Sid\":\"DenyCreate\",",
                        "\"Sid\":\"DenyCreate\",\"Principal\":\"*\",")),
                Arguments.of("UNIQUE_SIDS_REQUIRED", s.replace("DenyCreate", "DenyLaunch")),
                Arguments.of("INVALID_SID", s.replace("DenyCreate", "Deny-Create")),
                Arguments.of("MISSING_EFFECT", s.replace("\"Sid\":\"DenyCreate\",\"Effect\":\"Deny\",",
                        "\"Sid\":\"DenyCreate\",")),
                Arguments.of("INVALID_EFFECT", s.replace("\"Effect\":\"Deny\",\"Action\":[\"ec2:CreateImage\"]",
                        "\"Effect\":\"deny\",\"Action\":[\"ec2:CreateImage\"]")),
                Arguments.of("DENY_ONLY", s.replace("\"Effect\":\"Deny\",\"Action\":[\"ec2:CreateImage\"]",
                        "\"Effect\":\"Allow\",\"Action\":[\"ec2:CreateImage\"]")),
                Arguments.of("MISSING_ACTION", s.replace("\"Action\":[\"ec2:CreateImage\"]", "\"Action\":[]")),
                Arguments.of("INVALID_ACTION", s.replace("ec2:CreateFleet", "ec2:CreateFleets")),
                Arguments.of("INVALID_ACTION", s.replace("ec2:CreateFleet", "ec2:*")),
                Arguments.of("REDUNDANT_ACTION", s.replace("\"ec2:CreateFleet\"", "\"ec2:runinstances\"")),
                Arguments.of("MISSING_RESOURCE", s.replace("\"Resource\":\"arn:aws:ec2:*::image/*\",", "")),
                Arguments.of("INVALID_CONDITION_OPERATOR", s.replace("StringNotEquals\":{\"ec2:Owner",
                        "StringNotEqual\":{\"ec2:Owner")),
                Arguments.of("NULL_WITH_IF_EXISTS", s.replace("StringNotEquals\":{\"ec2:Owner",
                        "NullIfExists\":{\"ec2:Owner")),
                Arguments.of("INVALID_CONDITION_KEY", s.replace("aws:PrincipalAccount", "aws:PrincipalAcount")),
                Arguments.of("CONDITION_KEY_RESOURCE_MISMATCH", s.replace("arn:aws:ec2:*::image/*",
                        "arn:aws:ec2:*:*:instance/*")),
                Arguments.of("WILDCARD_WITHOUT_LIKE_OPERATOR", s.replace("\"123456738923\"]}}},", "\"1234567*\"]}}},")),
                Arguments.of("DUPLICATE_KEYS_WITH_DIFFERENT_CASE", s.replace(
                        "{\"aws:PrincipalAccount\":[\"123456738923\"]}",
                        "{\"aws:PrincipalAccount\":[\"123456738923\"]},"
                                + "\"stringnotequals\":{\"aws:PrincipalArn\":\"x\"}")),
                Arguments.of("REDUNDANT_CONDITION_VALUE", s.replace("\"amazon\"]", "\"amazon\",\"amazon\"]")),
                Arguments.of("EMPTY_ARRAY_CONDITION", s.replace("[\"123456738923\"]}}}", "[]}}}")),
                Arguments.of("INVALID_ACCOUNT_VALUE", s.replace("\"amazon\"]", "\"aws_marketplace\"]")),
                Arguments.of("INVALID_ACCOUNT_VALUE", s.replace("[\"123456738923\"]}}}", "[\"12345673892\"]}}}")),
                Arguments.of("INVALID_DATE_VALUE", s.replace("\"Resource\":\"*\"}]}",
                        "\"Resource\":\"*\",\"Condition\":{\"DateLessThan\":{\"aws:CurrentTime\":\"28/02/2026\"}}}]}")),
                Arguments.of("REDUNDANT_STATEMENT", s.replace("\"Resource\":\"*\"}]}", "\"Resource\":\"*\"},"
                        + "{\"Sid\":\"Again\",\"Effect\":\"Deny\",\"Action\":[\"ec2:DisableImageBlockPublicAccess\"],"
                        + "\"Resource\":\"*\"}]}")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenScps")
    void scp_brokenDocument_isReportedWithTheCheckCode(String code, String text) {
        List<String> problems = StructuralChecks.scp(text);

        assertTrue(problems.stream().anyMatch(p -> p.startsWith(code + ":")), code + " expected in " + problems);
    }

    static Stream<Arguments> brokenDeclaratives() {
        String d = Samples.DECLARATIVE;
        String lock = ",\"@@operators_allowed_for_child_policies\":[\"@@none\"]";
        return Stream.of(
                Arguments.of("JSON_SYNTAX", d.substring(0, d.length() - 1)),
                Arguments.of("UNSUPPORTED_ELEMENT", d.replace("{\"ec2_attributes\"", "{\"ec2\":{},\"ec2_attributes\"")),
                Arguments.of("UNKNOWN_ATTRIBUTE", d.replace("\"image_block_public_access\"", "\"image_bpa\"")),
                Arguments.of("VALUE_WITHOUT_ASSIGN", d.replace("{\"@@assign\":\"No.\"" + lock + "}", "\"No.\"")),
                Arguments.of("UNKNOWN_OPERATOR", d.replace("{\"@@assign\":\"No.\"",
                        "{\"@@set\":\"x\",\"@@assign\":\"No.\"")),
                Arguments.of("NOT_LOCKED", d.replace("\"@@assign\":\"No.\"" + lock, "\"@@assign\":\"No.\"")),
                Arguments.of("NOT_LOCKED", d.replace("\"@@assign\":\"enabled\"" + lock,
                        "\"@@assign\":\"enabled\",\"@@operators_allowed_for_child_policies\":[\"@@all\"]")),
                Arguments.of("MIXED_OPERATOR_OBJECT", d.replace("{\"@@assign\":\"No.\"",
                        "{\"text\":{},\"@@assign\":\"No.\"")),
                Arguments.of("MISSING_ASSIGN", d.replace("\"@@assign\":\"No.\",", "")),
                Arguments.of("INVALID_VALUE", d.replace("\"enabled\"", "\"audit-mode\"")),
                Arguments.of("INVALID_VALUE", d.replace("block_new_sharing", "block_all_sharing")),
                Arguments.of("MISSING_ATTRIBUTE", d.replace("\"image_criteria\"", "\"criteria\"")),
                Arguments.of("CRITERIA_NAMES", d.replace("criteria_1", "criteria_2")),
                Arguments.of("CRITERIA_COUNT", d.replace("{\"criteria_1\":{\"allowed_image_providers\":{\"@@assign\":"
                        + "[\"111122223333\",\"123456738923\",\"amazon\"]" + lock + "}}}", "{}")),
                Arguments.of("UNKNOWN_CRITERION_FIELD", d.replace("\"allowed_image_providers\"",
                        "\"image_providers\":{},\"allowed_image_providers\"")),
                Arguments.of("PROVIDERS_PER_CRITERION", d.replace("[\"111122223333\",\"123456738923\",\"amazon\"]",
                        "[]")),
                Arguments.of("INVALID_PROVIDER", d.replace("\"amazon\"]", "\"aws-marketplace\"]")),
                Arguments.of("DUPLICATE_PROVIDER", d.replace("\"amazon\"]", "\"amazon\",\"amazon\"]")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenDeclaratives")
    void declarative_brokenDocument_isReportedWithTheCheckCode(String code, String text) {
        List<String> problems = StructuralChecks.declarative(text);

        assertTrue(problems.stream().anyMatch(p -> p.startsWith(code + ":")), code + " expected in " + problems);
    }

    @Test
    void declarative_overTwoHundredProvidersInACriterion_isReported() {
        StringBuilder providers = new StringBuilder();
        for (int i = 0; i < 201; i++) {
            providers.append(i == 0 ? "" : ",").append(String.format("\"%012d\"", i));
        }
        String text = Samples.DECLARATIVE.replace("\"111122223333\",\"123456738923\",\"amazon\"", providers);

        assertTrue(StructuralChecks.declarative(text).stream().anyMatch(p -> p.startsWith("PROVIDERS_PER_CRITERION:")));
    }
}
