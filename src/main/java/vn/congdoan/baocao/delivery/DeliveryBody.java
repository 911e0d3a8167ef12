package vn.congdoan.baocao.delivery;

import java.util.Map;

import vn.congdoan.baocao.report.ReportBody;

/**
 * What another system delivers for its unit: its own document's number, then the report as
 * {@code POST …/reports/{unit}/submit} takes it.
 */
public record DeliveryBody(String documentNumber, Map<String, Map<String, Object>> values,
                           Map<String, String> sections, Map<String, String> explanations) {

    public ReportBody report() {
        return new ReportBody(values, sections, explanations);
    }
}
