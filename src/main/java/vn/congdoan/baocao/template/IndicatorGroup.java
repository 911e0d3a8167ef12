package vn.congdoan.baocao.template;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A heading row of the indicator table ("1", "3", "3.1", ...); {@code unit} is what the heading row shows. */
@Embeddable
public record IndicatorGroup(
        String number,
        @Column(name = "parent_number") String parent,
        String title,
        String unit) {
}
