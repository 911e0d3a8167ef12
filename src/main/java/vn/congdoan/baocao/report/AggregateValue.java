package vn.congdoan.baocao.report;

import jakarta.persistence.Embeddable;

@Embeddable
record AggregateValue(String indicator, String period, long amount) {
}
