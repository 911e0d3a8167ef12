package vn.congdoan.baocao.process.plan;

import static vn.congdoan.baocao.process.forms.FormComponent.checklist;
import static vn.congdoan.baocao.process.forms.FormComponent.date;
import static vn.congdoan.baocao.process.forms.FormComponent.radio;
import static vn.congdoan.baocao.process.forms.FormComponent.select;
import static vn.congdoan.baocao.process.forms.FormComponent.text;
import static vn.congdoan.baocao.process.forms.FormComponent.textArea;
import static vn.congdoan.baocao.process.forms.FormComponent.textField;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import vn.congdoan.baocao.cycle.CycleParameters;
import vn.congdoan.baocao.process.forms.FormComponent;
import vn.congdoan.baocao.process.forms.FormSchema;
import vn.congdoan.baocao.unit.UnitDetails;
import vn.congdoan.baocao.unit.UnitKinds;

/**
 * The plan's forms, generated from the units and templates of the day: the start form, with a template's
 * defaults in its fields, and a cycle's draft-plan form, with the cycle's values. Units are ticked by
 * name, kind by kind, among those valid on the plan date the form holds; periods are rows.
 */
final class PlanFormGenerator {

    /** Rows for periods beyond those the values have, to add a period without another form. */
    static final int SPARE_PERIOD_ROWS = 3;
    static final int MAX_PERIOD_ROWS = 20;

    private static final FormComponent.Validate REQUIRED = new FormComponent.Validate(true, null);
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

    /** A template to choose: its code, and the name people know it by. */
    record TemplateChoice(String code, String name) {
    }

    private PlanFormGenerator() {
    }

    static FormSchema startForm(String id, List<TemplateChoice> templates, CycleParameters defaults,
                                List<UnitDetails> units) {
        List<FormComponent> components = new ArrayList<>();
        components.add(text("Text_Intro", "#### Khởi tạo đợt báo cáo\nCác ô đã điền sẵn theo mẫu chiến dịch «"
                + nameOf(templates, defaults.template()) + "»; sửa những gì đợt này khác. Sau khi khởi tạo, "
                + "dự thảo kế hoạch còn sửa được ở công việc «Dự thảo kế hoạch»."));
        components.add(select("Field_Template", PlanFormFields.TEMPLATE, "Mẫu chiến dịch", templates.stream()
                .map(t -> new FormComponent.Choice(t.name(), t.code())).toList()).withDefault(defaults.template()));
        components.addAll(fields(defaults, units));
        return FormSchema.of(id, components);
    }

    static FormSchema draftForm(String id, List<FormComponent> heading, CycleParameters current,
                                List<UnitDetails> units) {
        List<FormComponent> components = new ArrayList<>(heading);
        components.addAll(fields(current, units));
        return FormSchema.of(id, components);
    }

    private static List<FormComponent> fields(CycleParameters v, List<UnitDetails> units) {
        List<FormComponent> c = new ArrayList<>();
        c.add(textField("Field_PlanNumber", PlanFormFields.PLAN_NUMBER, "Số kế hoạch").validated(REQUIRED)
                .describedAs("Ví dụ: 23/KH-LĐLĐ").withDefault(v.planNumber()).inRow("Row_Plan", 8));
        c.add(date("Field_PlanDate", PlanFormFields.PLAN_DATE, "Ngày kế hoạch").validated(REQUIRED)
                .describedAs("Danh sách đơn vị bên dưới theo ngày này").withDefault(v.planDate()).inRow("Row_Plan", 8));
        c.add(textArea("Field_Title", PlanFormFields.TITLE, "Trích yếu (tên kế hoạch)").validated(REQUIRED).withDefault(v.title()));
        c.add(textField("Field_Place", PlanFormFields.PLACE, "Địa danh").validated(REQUIRED).withDefault(v.place()).inRow("Row_Issuer", 4));
        c.add(textField("Field_Superior", PlanFormFields.SUPERIOR, "Cơ quan cấp trên").withDefault(v.superior())
                .inRow("Row_Issuer", 6));
        c.add(textField("Field_Issuer", PlanFormFields.ISSUER, "Cơ quan ban hành").validated(REQUIRED).withDefault(v.issuer())
                .inRow("Row_Issuer", 6));
        c.add(textArea("Field_LegalBasis", PlanFormFields.LEGAL_BASIS, "Căn cứ").withDefault(v.legalBasis()));
        c.add(textArea("Field_Resolution", PlanFormFields.RESOLUTION, "Nghị quyết được sơ kết")
                .withDefault(v.resolution()));
        c.addAll(units(v.units() == null ? List.of() : v.units(), units));
        c.addAll(periods(v.periods() == null ? List.of() : v.periods()));
        c.addAll(deadlines(v));
        c.addAll(reminders(v.reminders(), v.timeZone()));
        CycleParameters.Signer signer = v.signer() == null ? new CycleParameters.Signer(null, null, null) : v.signer();
        c.add(textField("Field_SignerAuthority", PlanFormFields.SIGNER_AUTHORITY, "Thẩm quyền ký")
                .withDefault(signer.authority()).inRow("Row_Signer", 6));
        c.add(textField("Field_SignerTitle", PlanFormFields.SIGNER_TITLE, "Chức vụ người ký")
                .withDefault(signer.title()).inRow("Row_Signer", 5));
        c.add(textField("Field_SignerName", PlanFormFields.SIGNER_NAME, "Họ tên người ký").validated(REQUIRED)
                .withDefault(signer.name()).inRow("Row_Signer", 5));
        c.add(textArea("Field_Recipients", PlanFormFields.RECIPIENTS, "Nơi nhận kế hoạch (mỗi dòng một nơi)")
                .withDefault(lines(v.recipients())));
        c.add(textArea("Field_ReportRecipients", PlanFormFields.REPORT_RECIPIENTS,
                "Nơi nhận báo cáo của tỉnh (mỗi dòng một nơi)").withDefault(lines(v.reportRecipients())));
        c.add(textField("Field_NationalAddress", PlanFormFields.NATIONAL_ADDRESS,
                "Địa chỉ thư nhận báo cáo của Tổng Liên đoàn").withDefault(v.nationalAddress()));
        return c;
    }

    /**
     * One list of boxes a kind, the units by name; a list shows the units valid on the plan date the form
     * holds (all when it holds none), and a unit the date leaves out is unticked with it.
     */
    private static List<FormComponent> units(List<String> chosen, List<UnitDetails> units) {
        Map<String, List<UnitDetails>> byKind = new LinkedHashMap<>();
        units.stream().filter(u -> u.parent() != null)
                .sorted(Comparator.comparing((UnitDetails u) -> UnitKinds.order(u.kind()))
                        .thenComparing(UnitDetails::name, VIETNAMESE))
                .forEach(u -> byKind.computeIfAbsent(u.kind(), k -> new ArrayList<>()).add(u));
        Set<String> ticked = Set.copyOf(chosen);
        List<FormComponent> c = new ArrayList<>();
        c.add(text("Text_Units", "##### Đơn vị tham gia\nChỉ liệt kê đơn vị còn hoạt động vào ngày kế hoạch; "
                + "bỏ chọn đơn vị không tham gia đợt này."));
        int group = 0;
        for (Map.Entry<String, List<UnitDetails>> kind : byKind.entrySet()) {
            group++;
            String all = kind.getValue().stream().map(u -> "{label: " + feelText(u.name()) + ", value: "
                    + feelText(u.code()) + ", validFrom: " + feelText(u.validFrom().toString()) + ", validTo: "
                    + (u.validTo() == null ? "null" : feelText(u.validTo().toString())) + "}")
                    .collect(Collectors.joining(", ", "[", "]"));
            // FEEL compares dates, not their texts
            String planDate = "date(" + PlanFormFields.PLAN_DATE + ")";
            String valid = "(if " + PlanFormFields.PLAN_DATE + " = null then " + all + " else " + all
                    + "[date(validFrom) <= " + planDate + " and (validTo = null or date(validTo) >= " + planDate + ")])";
            List<String> defaults = chosen.isEmpty()
                    ? kind.getValue().stream().map(UnitDetails::code).toList()
                    : kind.getValue().stream().map(UnitDetails::code).filter(ticked::contains).toList();
            String choice = PlanFormFields.unitChoice(kind.getKey());
            c.add(checklist("Field_Units" + group, choice, UnitKinds.name(kind.getKey()),
                    "=for u in " + valid + " return {label: u.label, value: u.value}")
                    .withDefault(defaults)
                    .hiddenWhen("count(" + valid + ") = 0"));
            // a box ticked, then left out by a later plan date, stays in the list's value unseen: not sent
            c.add(FormComponent.computedOnSubmit("Field_UnitsSent" + group, PlanFormFields.unitsOfKind(kind.getKey()),
                    "=if " + choice + " = null then [] else " + choice + "[list contains(for u in " + valid
                            + " return u.value, item)]"));
        }
        return c;
    }

    private static List<FormComponent> periods(List<CycleParameters.PeriodParameter> periods) {
        List<FormComponent> c = new ArrayList<>();
        c.add(text("Text_Periods", "##### Các kỳ số liệu\nMỗi dòng một kỳ (một cột của bảng số liệu), theo thứ tự "
                + "thời gian; dòng để trống được bỏ qua. Mã kỳ gồm chữ cái không dấu, chữ số (ví dụ 2016, 2020H1)."));
        int rows = Math.min(MAX_PERIOD_ROWS, periods.size() + SPARE_PERIOD_ROWS);
        for (int row = 1; row <= rows; row++) {
            CycleParameters.PeriodParameter period = row <= periods.size() ? periods.get(row - 1) : null;
            c.add(textField("Field_PeriodCode" + row, PlanFormFields.periodCode(row), "Mã kỳ " + row)
                    .withDefault(period == null ? null : period.code()).inRow("Row_Period" + row, 4));
            c.add(textField("Field_PeriodLabel" + row, PlanFormFields.periodLabel(row), "Tên kỳ " + row)
                    .withDefault(period == null ? null : period.label()).inRow("Row_Period" + row, 12));
        }
        return c;
    }

    private static List<FormComponent> deadlines(CycleParameters v) {
        CycleParameters.Deadlines d = v.deadlines() == null
                ? new CycleParameters.Deadlines(null, null, null, null) : v.deadlines();
        List<FormComponent> c = new ArrayList<>();
        c.add(text("Text_Deadlines", "##### Thời hạn\nNhập ngày D như văn bản ghi. Với «trước ngày D», hạn chót là "
                + "hết ngày D-1 theo múi giờ của đợt báo cáo; với «trong ngày D», hạn chót là hết ngày D. Sau hạn chót "
                + "thu nhận báo cáo, Thường trực quyết định gia hạn cho đơn vị chậm hay khóa sổ."));
        c.add(radio("Field_DeadlineMeans", PlanFormFields.DEADLINE_MEANS, "Cách hiểu ngày hạn", List.of(
                new FormComponent.Choice("«trước ngày D»: hạn chót hết ngày D-1", "BEFORE_DAY"),
                new FormComponent.Choice("«trong ngày D»: hạn chót hết ngày D", "ON_DAY")))
                .withDefault(v.deadlineMeans()));
        c.addAll(deadline("UnitReview", PlanFormFields.UNIT_REVIEW, "Đơn vị hoàn thành sơ kết", d.unitReview()));
        c.addAll(deadline("UnitReport", PlanFormFields.UNIT_REPORT, "Đơn vị gửi báo cáo về tỉnh", d.unitReport()));
        c.addAll(deadline("CutOff", PlanFormFields.CUT_OFF, "Hạn chót thu nhận báo cáo", v.cutOff()));
        c.addAll(deadline("ProvinceReview", PlanFormFields.PROVINCE_REVIEW, "Tỉnh hoàn thành sơ kết",
                d.provinceReview()));
        c.addAll(deadline("Submission", PlanFormFields.SUBMISSION, "Gửi báo cáo về Tổng Liên đoàn", d.submission()));
        return c;
    }

    /** A day, with what it means said beside it; a deadline given as an instant (by the API) stays one. */
    private static List<FormComponent> deadline(String name, String key, String label, String value) {
        String row = "Row_" + name;
        if (value != null && !value.isBlank() && !DAY.matcher(value).matches()) {
            return List.of(textField("Field_" + name, key, label).withDefault(value)
                    .describedAs("Thời điểm ISO-8601 có múi giờ, ví dụ 2020-08-20T17:00:00+07:00").inRow(row, 8));
        }
        String dayBefore = "string(date(" + key + ") - duration(\"P1D\"))";
        return List.of(
                date("Field_" + name, key, label).validated(REQUIRED).withDefault(value).inRow(row, 7),
                text("Text_" + name + "Means", "=if " + key + " = null then \"\" else if "
                        + PlanFormFields.DEADLINE_MEANS + " = \"ON_DAY\" then \"Hạn chót: hết ngày \" + "
                        + dmy("string(" + key + ")") + " else \"«trước ngày \" + " + dmy("string(" + key + ")")
                        + " + \"»: hạn chót hết ngày \" + " + dmy(dayBefore)).inRow(row, 9));
    }

    private static List<FormComponent> reminders(CycleParameters.Reminders reminders, String timeZone) {
        CycleParameters.Reminders r = reminders == null ? new CycleParameters.Reminders(null, null) : reminders;
        String before = r.before() == null ? "" : r.before().stream().map(PlanFormFields::inWords)
                .collect(Collectors.joining(", "));
        return List.of(
                textField("Field_TimeZone", PlanFormFields.TIME_ZONE, "Múi giờ").withDefault(timeZone)
                        .inRow("Row_Reminders", 6),
                textField("Field_RemindersBefore", PlanFormFields.REMINDERS_BEFORE, "Nhắc trước hạn (số ngày)")
                        .describedAs("Ví dụ: 5, 1 (nhắc 5 ngày và 1 ngày trước hạn); «12 giờ» cho số giờ")
                        .withDefault(before).inRow("Row_Reminders", 5),
                textField("Field_RemindersOverdue", PlanFormFields.REMINDERS_OVERDUE_EVERY,
                        "Quá hạn thì nhắc lại mỗi (số ngày)").describedAs("Ví dụ: 2")
                        .withDefault(PlanFormFields.inWords(r.overdueEvery())).inRow("Row_Reminders", 5),
                text("Text_RemindersInWords", "Sẽ nhắc{{#if " + PlanFormFields.REMINDERS_BEFORE + "}} {{"
                        + PlanFormFields.REMINDERS_BEFORE + "}} ngày trước hạn và{{/if}} vào ngày hạn; quá hạn thì nhắc "
                        + "lại{{#if " + PlanFormFields.REMINDERS_OVERDUE_EVERY + "}} mỗi {{"
                        + PlanFormFields.REMINDERS_OVERDUE_EVERY + "}} ngày{{/if}}, báo cả Thường trực và cán bộ "
                        + "giám sát."));
    }

    /** A FEEL date text (yyyy-MM-dd) as the documents write it: 9/8/2020. */
    private static String dmy(String isoText) {
        return "string(number(substring(" + isoText + ", 9, 2))) + \"/\" + string(number(substring(" + isoText
                + ", 6, 2))) + \"/\" + substring(" + isoText + ", 1, 4)";
    }

    private static String feelText(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String lines(List<String> lines) {
        return lines == null ? null : String.join("\n", lines);
    }

    private static String nameOf(List<TemplateChoice> templates, String code) {
        return templates.stream().filter(t -> t.code().equals(code)).map(TemplateChoice::name).findFirst()
                .orElse(code);
    }
}
