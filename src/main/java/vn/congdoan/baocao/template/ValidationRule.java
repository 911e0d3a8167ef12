package vn.congdoan.baocao.template;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A rule of the indicator table as the template states it; {@code scope} defaults to PERIOD. */
@Embeddable
public record ValidationRule(
        @Column(name = "rule_id") String id,
        @Enumerated(EnumType.STRING) Severity severity,
        String description,
        @Enumerated(EnumType.STRING) RuleScope scope,
        @Convert(converter = RuleChecksConverter.class) List<RuleCheck> checks) {

    public ValidationRule {
        scope = scope == null ? RuleScope.PERIOD : scope;
        checks = checks == null ? List.of() : List.copyOf(checks);
    }
}
