package io.github.amigovernance.rules;

import io.github.amigovernance.core.model.AccountId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds exception requests for tests: complete and fully approved unless told otherwise. */
final class Requests {

    static final AccountId ACCOUNT = AccountId.of("888899990000");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    private AccountId account = ACCOUNT;
    private String type = "migration";
    private LocalDate start = TODAY;
    private LocalDate expiresOn = TODAY.plusDays(43);
    private String justification = "Payments fleet still builds images with the legacy pipeline";
    private String exitPlan = "Golden AMI pipeline adoption by January";
    private String technicalContact = "alice@example.com";
    private String sponsor = "VP Payments";
    private final List<Approval> approvals = new ArrayList<>();
    private Optional<String> extensionJustification = Optional.empty();

    static Requests migration() {
        return new Requests().approvedBy("security-lead", "cloud-architect");
    }

    static Requests ofType(String type, String... roles) {
        Requests requests = new Requests();
        requests.type = type;
        return requests.approvedBy(roles);
    }

    Requests account(AccountId value) {
        this.account = value;
        return this;
    }

    Requests start(LocalDate value) {
        this.start = value;
        return this;
    }

    Requests expiresOn(LocalDate value) {
        this.expiresOn = value;
        return this;
    }

    Requests days(int days) {
        this.expiresOn = start.plusDays(days);
        return this;
    }

    Requests justification(String value) {
        this.justification = value;
        return this;
    }

    Requests exitPlan(String value) {
        this.exitPlan = value;
        return this;
    }

    Requests technicalContact(String value) {
        this.technicalContact = value;
        return this;
    }

    Requests sponsor(String value) {
        this.sponsor = value;
        return this;
    }

    Requests approvedBy(String... roles) {
        approvals.clear();
        for (String role : roles) {
            approvals.add(new Approval(role, "Approver for " + role, start.minusDays(1)));
        }
        return this;
    }

    Requests approval(String role, LocalDate date) {
        approvals.add(new Approval(role, "Late " + role, date));
        return this;
    }

    Requests extensionJustification(String value) {
        this.extensionJustification = Optional.of(value);
        return this;
    }

    ExceptionRequest build() {
        return new ExceptionRequest(account, type, start, expiresOn, justification, exitPlan, technicalContact,
                sponsor, approvals, extensionJustification);
    }
}
