package vn.congdoan.baocao.process.forms;

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
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportLayout(String title, String draftNote, String returnComment, String violations,
                           Map<String, String> explain, String warnings, Integer draftVersion, String tableUrl,
                           String reportUrl, String uploadUrl, String planUrl, String coverage, String aggregateUrl,
                           String provinceReportUrl) {
}
