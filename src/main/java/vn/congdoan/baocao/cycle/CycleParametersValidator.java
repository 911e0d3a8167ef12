package vn.congdoan.baocao.cycle;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import vn.congdoan.baocao.system.NotFoundException;
import vn.congdoan.baocao.system.EmailAddresses;
import vn.congdoan.baocao.system.StoredText;
import vn.congdoan.baocao.template.TemplateCatalog;
import vn.congdoan.baocao.template.TemplateDefinition;
import vn.congdoan.baocao.unit.UnitDetails;
import vn.congdoan.baocao.unit.UnitDirectory;

/** Reads and checks the parameters of a new cycle; every problem is reported with its field. */
@Component
class CycleParametersValidator {

    /*
     * Bounds of what a cycle takes, each within the column that stores it (V2__cycles.sql): checked here,
     * field by field, before the database is asked.
     */
    static final int MAX_TEMPLATE = 100;
    static final int MAX_PLAN_NUMBER = 100;
    static final int MAX_TITLE = 2000;
    static final int MAX_PLACE = 200;
    static final int MAX_BODY_NAME = 500;
    static final int MAX_LONG_TEXT = 4000;
    static final int MAX_DAY_OR_TIME = 60;
    static final int MAX_PERIODS = 20;
    static final int MAX_PERIOD_LABEL = 200;
    static final int MAX_UNITS = 5000;
    static final int MAX_REMINDERS = 10;
    static final int MAX_DURATION = 40;
    static final int MAX_SIGNER = 200;
    static final int MAX_RECIPIENTS = 30;
    static final int MAX_ADDRESS = 320;

    private static final Pattern PERIOD_CODE = Pattern.compile("[A-Za-z0-9_]{1,20}");

    private final TemplateCatalog templates;
    private final UnitDirectory units;

    CycleParametersValidator(TemplateCatalog templates, UnitDirectory units) {
        this.templates = templates;
        this.units = units;
    }

    NewCycle validate(CycleParameters p) {
        return validate(p, false);
    }

    /** @param preview a template's preview: the units valid on the plan date, none needed */
    NewCycle validate(CycleParameters p, boolean preview) {
        Check check = new Check();

        TemplateDefinition template = null;
        try {
            String code = required(check, "template", p.template(), "mẫu chiến dịch", MAX_TEMPLATE);
            template = p.templateVersion() == null ? templates.latest(code) : templates.get(code, p.templateVersion());
        } catch (NotFoundException e) {
            check.add(p.templateVersion() == null ? "template" : "templateVersion", e.getMessage());
        }
        String planNumber = required(check, "planNumber", p.planNumber(), "số kế hoạch", MAX_PLAN_NUMBER);
        LocalDate planDate = day(check, "planDate", p.planDate(), "Ngày kế hoạch");
        String title = required(check, "title", p.title(), "tên (trích yếu) kế hoạch", MAX_TITLE);
        String place = required(check, "place", p.place(), "địa danh ghi trên văn bản", MAX_PLACE);
        String issuer = required(check, "issuer", p.issuer(), "cơ quan ban hành", MAX_BODY_NAME);
        CycleParameters.Signer signer = p.signer() == null ? new CycleParameters.Signer(null, null, null) : p.signer();
        String signerName = required(check, "signer.name", signer.name(), "họ tên người ký", MAX_SIGNER);
        fits(check, "superior", p.superior(), "Cơ quan cấp trên", MAX_BODY_NAME);
        fits(check, "legalBasis", p.legalBasis(), "Căn cứ", MAX_LONG_TEXT);
        fits(check, "resolution", p.resolution(), "Tên nghị quyết", MAX_LONG_TEXT);
        fits(check, "signer.authority", signer.authority(), "Thẩm quyền ký", MAX_SIGNER);
        fits(check, "signer.title", signer.title(), "Chức vụ người ký", MAX_SIGNER);
        List<String> recipients = recipients(check, "recipients", p.recipients(), "Nơi nhận của kế hoạch");
        List<String> reportRecipients = recipients(check, "reportRecipients", p.reportRecipients(),
                "Nơi nhận của báo cáo của tỉnh");

        ZoneId zone = zone(check, p.timeZone());
        DeadlineMeans means = deadlineMeans(check, p.deadlineMeans());
        List<Period> periods = periods(check, p.periods());
        List<CycleUnit> cycleUnits = !preview ? units(check, p.units(), planDate) : planDate == null ? List.of()
                : units.list(Optional.of(planDate)).stream().filter(u -> u.groupId() != null && u.parent() != null)
                .map(u -> new CycleUnit(u.code(), u.name(), u.kind(), u.groupId(), u.email())).toList();

        CycleParameters.Deadlines d = p.deadlines() == null
                ? new CycleParameters.Deadlines(null, null, null, null) : p.deadlines();
        Deadline unitReview = deadline(check, "deadlines.unitReview", d.unitReview(), means, zone);
        Deadline unitReport = deadline(check, "deadlines.unitReport", d.unitReport(), means, zone);
        Deadline provinceReview = deadline(check, "deadlines.provinceReview", d.provinceReview(), means, zone);
        Deadline submission = deadline(check, "deadlines.submission", d.submission(), means, zone);
        Deadline cutOff = deadline(check, "cutOff", p.cutOff(), means, zone);
        if (planDate != null && zone != null && unitReview != null
                && !unitReview.due().isAfter(planDate.atStartOfDay(zone).toInstant())) {
            check.add("deadlines.unitReview", "Hạn đơn vị hoàn thành sơ kết (" + describe(unitReview, means, zone)
                    + ") phải sau ngày kế hoạch " + DeadlineCalculator.DAY.format(planDate) + ".");
        }
        notAfter(check, "deadlines.unitReview", unitReview, "Hạn đơn vị hoàn thành sơ kết",
                unitReport, "hạn đơn vị gửi báo cáo về tỉnh", means, zone);
        notAfter(check, "deadlines.unitReport", unitReport, "Hạn đơn vị gửi báo cáo về tỉnh",
                provinceReview, "hạn tỉnh hoàn thành sơ kết", means, zone);
        notAfter(check, "deadlines.provinceReview", provinceReview, "Hạn tỉnh hoàn thành sơ kết",
                submission, "hạn gửi báo cáo về Tổng Liên đoàn", means, zone);
        notAfter(check, "cutOff", unitReport, "Hạn đơn vị gửi báo cáo về tỉnh",
                cutOff, "hạn chót thu nhận báo cáo", means, zone);
        notAfter(check, "cutOff", cutOff, "Hạn chót thu nhận báo cáo",
                provinceReview, "hạn tỉnh hoàn thành sơ kết", means, zone);

        CycleParameters.Reminders r = p.reminders() == null ? new CycleParameters.Reminders(null, null) : p.reminders();
        List<String> before = r.before() == null ? List.of() : r.before();
        if (before.size() > MAX_REMINDERS) {
            check.add("reminders.before", "Có " + before.size() + " mốc nhắc trước hạn; tối đa " + MAX_REMINDERS
                    + " mốc (ví dụ P5D, P1D).");
            before = List.of();
        } else if (before.isEmpty()) {
            check.add("reminders.before", "Chưa có mốc nhắc trước hạn nào: cần ít nhất một mốc (ví dụ P1D); bỏ trống "
                    + "cả trường «reminders» để dùng các mốc mặc định của mẫu.");
        }
        for (int i = 0; i < before.size(); i++) {
            duration(check, "reminders.before[" + i + "]", before.get(i), "nhắc trước hạn");
        }
        String overdueEvery = duration(check, "reminders.overdueEvery", r.overdueEvery(), "nhắc lại khi quá hạn");

        String address = p.nationalAddress();
        if (address != null && !address.isBlank() && !EmailAddresses.isValid(address.trim())) {
            check.add("nationalAddress", "Địa chỉ thư của Tổng Liên đoàn «" + StoredText.quote(address)
                    + "» không phải địa chỉ e-mail.");
        } else {
            fits(check, "nationalAddress", address, "Địa chỉ thư của Tổng Liên đoàn", MAX_ADDRESS);
        }

        if (!check.violations.isEmpty()) {
            throw new CycleParametersException(check.violations);
        }
        return new NewCycle(template.code(), template.version(), title, planNumber, planDate, place,
                blankToNull(p.superior()), issuer, blankToNull(p.legalBasis()), blankToNull(p.resolution()),
                periods, cycleUnits, unitReview, unitReport, provinceReview, submission, cutOff, means, zone,
                before.stream().map(String::trim).toList(), overdueEvery, blankToNull(signer.authority()),
                blankToNull(signer.title()), signerName, recipients, reportRecipients, blankToNull(address));
    }

    /** One recipient a line; stored as the lines joined, so their sum is bounded by the column. */
    private static List<String> recipients(Check check, String field, List<String> given, String what) {
        List<String> lines = given == null ? List.of()
                : given.stream().filter(t -> t != null && !t.isBlank()).map(String::strip).toList();
        if (lines.size() > MAX_RECIPIENTS) {
            check.add(field, what + " có " + lines.size() + " dòng; tối đa " + MAX_RECIPIENTS + " dòng.");
            return List.of();
        }
        fits(check, field, String.join("\n", lines), what, MAX_LONG_TEXT);
        return lines;
    }

    private List<Period> periods(Check check, List<CycleParameters.PeriodParameter> given) {
        if (given == null || given.isEmpty()) {
            check.add("periods", "Cần ít nhất một kỳ báo cáo (cột số liệu), ví dụ «2016 | Năm 2016».");
            return List.of();
        }
        if (given.size() > MAX_PERIODS) {
            check.add("periods", "Có " + given.size() + " kỳ báo cáo; tối đa " + MAX_PERIODS + " kỳ.");
            return List.of();
        }
        List<Period> periods = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String previous = null;
        for (int i = 0; i < given.size(); i++) {
            CycleParameters.PeriodParameter period = given.get(i);
            String field = "periods[" + i + "]";
            String code = period == null || period.code() == null ? "" : period.code().trim();
            String label = period == null || period.label() == null ? "" : period.label().trim();
            if (!PERIOD_CODE.matcher(code).matches()) {
                check.add(field + ".code", "Kỳ thứ " + (i + 1) + ": mã kỳ «" + StoredText.quote(code)
                        + "» chỉ gồm chữ cái không dấu, chữ số hoặc «_» (ví dụ 2016, 2020H1).");
                continue;
            }
            if (label.isEmpty()) {
                check.add(field + ".label", "Kỳ «" + code + "» chưa có tên hiển thị (ví dụ «Năm 2016»).");
            }
            fits(check, field + ".label", label, "Tên kỳ «" + code + "»", MAX_PERIOD_LABEL);
            if (!seen.add(code)) {
                check.add(field + ".code", "Kỳ «" + code + "» bị nhập hai lần.");
            } else if (previous != null && code.compareTo(previous) < 0) {
                check.add(field + ".code", "Các kỳ phải theo thứ tự thời gian: kỳ «" + code
                        + "» đứng sau kỳ «" + previous + "».");
            }
            previous = code;
            periods.add(new Period(code, label));
        }
        return periods;
    }

    private List<CycleUnit> units(Check check, List<String> codes, LocalDate planDate) {
        if (codes == null || codes.stream().allMatch(c -> c == null || c.isBlank())) {
            check.add("units", "Chưa chọn đơn vị nào tham gia đợt báo cáo.");
            return List.of();
        }
        if (codes.size() > MAX_UNITS) {
            check.add("units", "Có " + StoredText.count(codes.size()) + " đơn vị được chọn; tối đa "
                    + StoredText.count(MAX_UNITS) + " đơn vị.");
            return List.of();
        }
        List<CycleUnit> chosen = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i) == null ? "" : codes.get(i).trim();
            String field = "units[" + i + "]";
            Optional<UnitDetails> unit = units.find(code);
            if (unit.isEmpty()) {
                check.add(field, "Đơn vị «" + StoredText.quote(code) + "» không có trong danh mục đơn vị.");
            } else if (!seen.add(code)) {
                check.add(field, "Đơn vị «" + code + "» được chọn hai lần.");
            } else if (planDate != null && !unit.get().validOn(planDate)) {
                UnitDetails u = unit.get();
                check.add(field, "Đơn vị «" + code + "» (" + u.name() + ") không còn hoạt động vào ngày kế hoạch "
                        + DeadlineCalculator.DAY.format(planDate) + " (hiệu lực từ "
                        + DeadlineCalculator.DAY.format(u.validFrom()) + (u.validTo() == null ? ""
                        : " đến " + DeadlineCalculator.DAY.format(u.validTo())) + ").");
            } else if (unit.get().groupId() == null) {
                check.add(field, "Đơn vị «" + code + "» (" + unit.get().name()
                        + ") chưa có nhóm người dùng nên không giao việc được.");
            } else {
                UnitDetails u = unit.get();
                chosen.add(new CycleUnit(u.code(), u.name(), u.kind(), u.groupId(), u.email()));
            }
        }
        return chosen;
    }

    private static Deadline deadline(Check check, String field, String input, DeadlineMeans means, ZoneId zone) {
        if (input == null || input.isBlank()) {
            check.add(field, "Chưa nhập " + deadlineName(field) + ".");
            return null;
        }
        if (StoredText.length(input) > MAX_DAY_OR_TIME) {
            check.add(field, capitalize(deadlineName(field)) + " «" + StoredText.quote(input)
                    + "» không phải ngày (yyyy-MM-dd) hay thời điểm ISO-8601 có múi giờ.");
            return null;
        }
        if (means == null || zone == null) {
            return null;
        }
        Optional<Instant> due = DeadlineCalculator.due(input, means, zone);
        if (due.isEmpty()) {
            check.add(field, capitalize(deadlineName(field)) + " «" + StoredText.quote(input)
                    + "» không phải ngày (yyyy-MM-dd) hay thời điểm ISO-8601 có múi giờ (2020-08-20T17:00:00+07:00).");
            return null;
        }
        return new Deadline(input.trim(), due.get());
    }

    private static void notAfter(Check check, String field, Deadline earlier, String earlierName, Deadline later,
                                 String laterName, DeadlineMeans means, ZoneId zone) {
        if (earlier != null && later != null && earlier.due().isAfter(later.due())) {
            check.add(field, earlierName + " (" + describe(earlier, means, zone) + ") muộn hơn " + laterName
                    + " (" + describe(later, means, zone) + ").");
        }
    }

    private static String describe(Deadline deadline, DeadlineMeans means, ZoneId zone) {
        return DeadlineCalculator.describe(deadline.input(), means, zone);
    }

    private static String duration(Check check, String field, String text, String what) {
        if (text == null || text.isBlank()) {
            check.add(field, "Chưa nhập khoảng thời gian " + what + " (ví dụ P2D).");
            return null;
        }
        if (StoredText.length(text) > MAX_DURATION) {
            check.add(field, "Khoảng thời gian " + what + " «" + StoredText.quote(text) + "» dài quá "
                    + MAX_DURATION + " ký tự; ghi dạng ISO-8601 như P5D, PT12H.");
            return null;
        }
        try {
            Duration duration = Duration.parse(text.trim());
            if (duration.isNegative() || duration.isZero()) {
                check.add(field, "Khoảng thời gian " + what + " «" + StoredText.quote(text) + "» phải lớn hơn 0.");
            }
            return text.trim();
        } catch (DateTimeParseException e) {
            check.add(field, "Khoảng thời gian " + what + " «" + StoredText.quote(text)
                    + "» không đúng dạng ISO-8601 (ví dụ P5D là 5 ngày, PT12H là 12 giờ, PT30S là 30 giây).");
            return null;
        }
    }

    private static ZoneId zone(Check check, String text) {
        try {
            return ZoneId.of(text == null ? "" : text.trim());
        } catch (DateTimeException e) {
            check.add("timeZone", "Múi giờ «" + StoredText.quote(text) + "» không hợp lệ (ví dụ Asia/Ho_Chi_Minh).");
            return null;
        }
    }

    private static DeadlineMeans deadlineMeans(Check check, String text) {
        try {
            return DeadlineMeans.valueOf(text == null ? "" : text.trim());
        } catch (IllegalArgumentException e) {
            check.add("deadlineMeans", "Cách hiểu hạn «" + StoredText.quote(text)
                    + "» không hợp lệ: BEFORE_DAY («trước ngày D»: hết ngày D-1) hoặc ON_DAY (hết ngày D).");
            return null;
        }
    }

    private static LocalDate day(Check check, String field, String text, String what) {
        if (text == null || text.isBlank()) {
            check.add(field, "Chưa nhập " + what.toLowerCase() + ".");
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            check.add(field, what + " «" + StoredText.quote(text) + "» không đúng dạng ngày yyyy-MM-dd (ví dụ 2020-06-11).");
            return null;
        }
    }

    private static String required(Check check, String field, String text, String what, int max) {
        if (text == null || text.isBlank()) {
            check.add(field, "Chưa nhập " + what + ".");
            return null;
        }
        return fits(check, field, text.trim(), capitalize(what), max) ? text.trim() : null;
    }

    /** Whether the text fits its column; else the field is refused, naming its length and the bound. */
    private static boolean fits(Check check, String field, String text, String what, int max) {
        Optional<StoredText.Problem> problem = StoredText.problem(text == null ? null : text.trim(), max);
        problem.ifPresent(p -> check.add(field, what + " " + p.description() + "."));
        return problem.isEmpty();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static String capitalize(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static final class Check {
        private final List<FieldViolation> violations = new ArrayList<>();

        void add(String field, String message) {
            violations.add(new FieldViolation(field, message));
        }
    }

    private static String deadlineName(String field) {
        return switch (field) {
            case "deadlines.unitReview" -> "hạn đơn vị hoàn thành sơ kết";
            case "deadlines.unitReport" -> "hạn đơn vị gửi báo cáo về tỉnh";
            case "deadlines.provinceReview" -> "hạn tỉnh hoàn thành sơ kết";
            case "deadlines.submission" -> "hạn gửi báo cáo về Tổng Liên đoàn";
            case "cutOff" -> "hạn chót thu nhận báo cáo";
            default -> field;
        };
    }
}
