package vn.congdoan.baocao.template;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One row of the indicator table.
 *
 * @param copyOf the indicator whose values this one repeats (read-only in forms), or null
 * @param note   how this row departs from the source document, shown to users, or null
 */
@Embeddable
public record Indicator(
        String code,
        @Column(name = "group_number") String group,
        String label,
        String unit,
        @Enumerated(EnumType.STRING) @Column(name = "total_rule") TotalRule total,
        String copyOf,
        String note) {
}
