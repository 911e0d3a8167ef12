package vn.congdoan.baocao.process.forms;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a report form shows besides the report itself, as the Json variable {@link ReportFormKeys#LAYOUT}
 * that the generated forms read ({@code reportLayout.title}, …): filled when the task is created.
 * Absent entries are null to the forms' FEEL.
 *
 * @param draftNote    "Đã lưu nháp lúc …" when the unit's draft was saved before
 * @param explain      by warning entry ({@code w01} …): what the figures raise under that rule, or that an
 *                     explanation was given before; absent keeps the rule's explanation box hidden
 * @param warnings     the warnings with the unit's explanations, for the reviewer
 * @param draftVersion the version of the draft the form was opened on, sent back on submit
 * @param coverage     which units the province's table covers and which are missing
 * @param earlier      the earlier cycle's figures of the unit, shown beside the new ones; absent hides them
 * @param tableColumns the read-only table's columns when they are not the form's own (with the earlier figures)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportLayout(String title, String draftNote, String returnComment, String violations,
                           Map<String, String> explain, String warnings, Integer draftVersion, String tableUrl,
                           String reportUrl, String uploadUrl, String planUrl, String coverage, String aggregateUrl,
                           String provinceReportUrl, EarlierColumn earlier, List<FormComponent.Column> tableColumns) {

    /** A layout without earlier figures: the province's forms. */
    public ReportLayout(String title, String draftNote, String returnComment, String violations,
                        Map<String, String> explain, String warnings, Integer draftVersion, String tableUrl,
                        String reportUrl, String uploadUrl, String planUrl, String coverage, String aggregateUrl,
                        String provinceReportUrl) {
        this(title, draftNote, returnComment, violations, explain, warnings, draftVersion, tableUrl, reportUrl,
                uploadUrl, planUrl, coverage, aggregateUrl, provinceReportUrl, null, null);
    }

    /**
     * The earlier cycle's figures as the forms show them, read-only and never submitted.
     *
     * @param heading the earlier period's name ("Tính đến 30/6/2020")
     * @param caption where they come from: the cycle, and whose figures are summed or left out
     * @param rows    by indicator code of this cycle: the figure written as 1.234; absent or empty is blank
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EarlierColumn(String heading, String caption, Map<String, String> rows) {
    }
}
