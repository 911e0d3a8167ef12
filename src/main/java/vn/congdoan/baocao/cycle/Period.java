package vn.congdoan.baocao.cycle;

import jakarta.persistence.Embeddable;

/** A column of the indicator table: code used in the data ("2020H1"), label as users know it. */
@Embeddable
public record Period(String code, String label) {
}
