package io.github.amigovernance.core.config;

import io.github.amigovernance.core.json.JsonValue;
import io.github.amigovernance.core.json.JsonValue.JsonNumber;
import io.github.amigovernance.core.json.JsonValue.JsonString;
import io.github.amigovernance.core.json.JsonPath;
import io.github.amigovernance.core.json.JsonValues;
import io.github.amigovernance.core.json.Problems;
import io.github.amigovernance.core.json.Quoting;
import io.github.amigovernance.core.model.AccountId;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the domain values that configs and exception requests share (account IDs, dates, role
 * lists), recording a problem that says what was wrong with the value when it does not fit.
 */
public final class ConfigValues {

    private static final Pattern ISO_DATE = Pattern.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})");

    private ConfigValues() {
    }

    /** Reads an account ID: a JSON string of exactly twelve ASCII digits. */
    public static Optional<AccountId> accountId(JsonValue value, String path, Problems problems) {
        if (value instanceof JsonNumber number) {
            problems.add(path, value, "expected an account ID as a JSON string of 12 digits, such as \"012345678901\","
                    + " found " + number.describe() + "; put it in quotes, since a number loses leading zeros");
            return Optional.empty();
        }
        if (!(value instanceof JsonString text)) {
            problems.add(path, value, "expected an account ID (a JSON string of 12 digits), found " + value.describe());
            return Optional.empty();
        }
        String id = text.value();
        if (AccountId.isValid(id)) {
            return Optional.of(AccountId.of(id));
        }
        problems.add(path, value, "expected an account ID of exactly 12 ASCII digits, found " + Quoting.quote(id)
                + " (" + whatIsWrongWithAccountId(id) + ")");
        return Optional.empty();
    }

    /** Reads a date written as {@code YYYY-MM-DD} that exists in the calendar. */
    public static Optional<LocalDate> date(JsonValue value, String path, Problems problems) {
        if (!(value instanceof JsonString text)) {
            problems.add(path, value, "expected a date as a JSON string \"YYYY-MM-DD\", found " + value.describe());
            return Optional.empty();
        }
        Matcher matcher = ISO_DATE.matcher(text.value());
        if (!matcher.matches()) {
            problems.add(path, value, "expected a date as YYYY-MM-DD, such as \"2027-01-31\", found "
                    + Quoting.quote(text.value()));
            return Optional.empty();
        }
        int year = Integer.parseInt(matcher.group(1));
        int month = Integer.parseInt(matcher.group(2));
        int day = Integer.parseInt(matcher.group(3));
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            problems.add(path, value, "expected a real calendar date as YYYY-MM-DD, found "
                    + Quoting.quote(text.value()) + " (" + whatIsWrongWithDate(year, month, day) + ")");
            return Optional.empty();
        }
    }

    /**
     * Reads a list of role names given either as one string or as an array of strings, with no
     * blank or repeated name.
     */
    public static Optional<List<String>> roles(JsonValue value, String path, Problems problems) {
        if (value instanceof JsonString) {
            return JsonValues.nonBlankString(value, path, problems, "a role name").map(List::of);
        }
        Optional<List<JsonValue>> elements = JsonValues.array(value, path, problems,
                "a role name or a list of role names");
        if (elements.isEmpty()) {
            return Optional.empty();
        }
        List<String> roles = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < elements.get().size(); i++) {
            String elementPath = JsonPath.element(path, i);
            JsonValue element = elements.get().get(i);
            Optional<String> role = JsonValues.nonBlankString(element, elementPath, problems, "a role name");
            if (role.isEmpty()) {
                ok = false;
            } else if (roles.contains(role.get())) {
                problems.add(elementPath, element, "role " + Quoting.quote(role.get())
                        + " is listed twice; expected each role once");
                ok = false;
            } else {
                roles.add(role.get());
            }
        }
        return ok ? Optional.of(List.copyOf(roles)) : Optional.empty();
    }

    private static String whatIsWrongWithAccountId(String id) {
        if (id.isEmpty()) {
            return "it is empty";
        }
        if (id.chars().anyMatch(Character::isWhitespace)) {
            return "it contains white space";
        }
        if (id.chars().anyMatch(c -> Character.isDigit(c) && (c < '0' || c > '9'))) {
            return "it contains digits that are not ASCII 0-9, such as fullwidth digits";
        }
        if (id.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return id.length() + " digits";
        }
        if (id.indexOf('-') >= 0) {
            return "it contains dashes";
        }
        return "it contains characters other than the digits 0-9";
    }

    private static String whatIsWrongWithDate(int year, int month, int day) {
        if (month < 1 || month > 12) {
            return "there is no month " + month;
        }
        Month m = Month.of(month);
        int length = m.length(Year.isLeap(year));
        return m.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year + " has " + length + " days, not " + day;
    }
}
