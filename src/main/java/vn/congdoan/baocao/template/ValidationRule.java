package vn.congdoan.baocao.template;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

@Embeddable
public record ValidationRule(
        @Column(name = "rule_id") String id,
        @Enumerated(EnumType.STRING) Severity severity,
        String description) {
}
