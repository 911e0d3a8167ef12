package vn.congdoan.baocao.report;

import jakarta.persistence.Embeddable;

/** One cell of a unit's indicator table; a null amount is "not entered yet", never 0. */
@Embeddable
record ReportValue(String indicator, String period, Long amount) {
}
