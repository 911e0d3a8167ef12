package vn.congdoan.baocao.province;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.congdoan.baocao.cycle.CycleService;
import vn.congdoan.baocao.cycle.CycleView;
import vn.congdoan.baocao.cycle.DeadlineCalculator;
import vn.congdoan.baocao.notification.NotificationKind;
import vn.congdoan.baocao.notification.NotificationRequest;
import vn.congdoan.baocao.notification.NotificationSubject;
import vn.congdoan.baocao.notification.Notifications;
import vn.congdoan.baocao.notification.ReminderTarget;
import vn.congdoan.baocao.report.Aggregation;
import vn.congdoan.baocao.report.ReportForm;
import vn.congdoan.baocao.report.ReportRejectedException;
import vn.congdoan.baocao.report.ReportService;
import vn.congdoan.baocao.report.ReportStatus;
import vn.congdoan.baocao.report.SubmissionCheck;
import vn.congdoan.baocao.report.TextsNotStoredException;
import vn.congdoan.baocao.report.Violation;
import vn.congdoan.baocao.report.WrittenTexts;
import vn.congdoan.baocao.review.Decision;
import vn.congdoan.baocao.review.ReviewLog;
import vn.congdoan.baocao.review.ReviewSubject;
import vn.congdoan.baocao.security.AuthenticatedUser;
import vn.congdoan.baocao.security.ProvinceGroups;
import vn.congdoan.baocao.system.ConflictException;
import vn.congdoan.baocao.system.ForbiddenException;
import vn.congdoan.baocao.system.NotFoundException;
import vn.congdoan.baocao.system.StoredText;
import vn.congdoan.baocao.template.OutlineSection;
import vn.congdoan.baocao.template.Severity;
import vn.congdoan.baocao.template.ValidationRule;

/**
 * The provincial report: the policy dept. drafts it on the outline, with every accepted unit's text per
 * section and the aggregate at hand; leadership accepts or returns it. API and Tasklist meet here.
 */
@Service
public class ProvinceReports {

    /** Who decided, in the review history, when the national federation sends the report back. */
    public static final String NATION = "tong-lien-doan";

    private final ProvinceReportRepository repository;
    private final CycleService cycles;
    private final ReportService reports;
    private final Aggregation aggregation;
    private final ReviewLog reviews;
    private final Notifications notifications;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final TransactionTemplate ownTransaction;

    ProvinceReports(ProvinceReportRepository repository, CycleService cycles, ReportService reports,
                    Aggregation aggregation, ReviewLog reviews, Notifications notifications, Clock clock,
                    PlatformTransactionManager transactions) {
        this.repository = repository;
        this.cycles = cycles;
        this.reports = reports;
        this.aggregation = aggregation;
        this.reviews = reviews;
        this.notifications = notifications;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Opens the provincial report, due at the province's review deadline; tells the policy dept. */
    @Transactional
    public void open(long cycleId) {
        CycleView cycle = cycles.get(cycleId);
        if (repository.existsById(cycleId)) {
            return;
        }
        Instant due = cycle.deadlines().provinceReview().due().toInstant();
        repository.save(new ProvinceReport(cycleId, due));
        notifications.send(new NotificationRequest(cycleId, NotificationSubject.PROVINCE_REPORT,
                NotificationSubject.PROVINCE, NotificationKind.ASSIGNED, ProvinceGroups.POLICY_DEPT, due, "ASSIGNED",
                "Đã tổng hợp số liệu của các đơn vị: dự thảo báo cáo của tỉnh (đợt báo cáo số " + cycleId
                        + "), hạn đến " + DeadlineCalculator.AT.format(due.atZone(cycle.timeZone())) + "."));
    }

    @Transactional(readOnly = true)
    public ProvinceReportView get(long cycleId, AuthenticatedUser user) {
        ReportService.requireProvince(user);
        return view(cycleId);
    }

    @Transactional(readOnly = true)
    public ProvinceReportView view(long cycleId) {
        CycleView cycle = cycles.get(cycleId);
        ProvinceReport report = find(cycleId);
        return new ProvinceReportView(cycleId, report.status(), cycle.at(report.dueAt()), cycle.at(report.submittedAt()),
                report.sections(), reports.sectionTexts(cycleId, Set.of(ReportStatus.ACCEPTED)),
                aggregation.get(cycleId), reviews.history(cycleId, ReviewSubject.PROVINCE_REPORT, null),
                cycle.at(report.draftSavedAt()), report.explanations());
    }

    /**
     * Stores the texts as the draft; a section the column cannot take keeps what was stored for it, is
     * named in the refusal, and the rest of what was sent stays stored.
     */
    public ProvinceReportView saveDraft(long cycleId, ProvinceTexts texts, AuthenticatedUser user) {
        requireDrafter(user);
        Stored stored = transaction.execute(status -> {
            Unstored unstored = storeStorable(cycleId, texts);
            return new Stored(unstored, view(cycleId));
        });
        Unstored unstored = stored.unstored();
        if (!unstored.violations().isEmpty()) {
            throw new TextsNotStoredException("Đã lưu bản nháp báo cáo của tỉnh, trừ nội dung không lưu được (giữ "
                    + "nguyên nội dung đã lưu trước đó): " + messages(unstored.violations()), unstored.violations(),
                    unstored.tooLong());
        }
        return stored.view();
    }

    /**
     * Stores the body as the draft first, then checks it; refused, the draft stays; accepted, the caller
     * completes the drafting task.
     */
    public void storeAndCheckForSubmission(long cycleId, ProvinceTexts texts, AuthenticatedUser user) {
        requireDrafter(user);
        if (texts != null) {
            saveDraft(cycleId, texts, user);
        }
        List<Violation> problems = transaction.execute(status -> {
            editable(cycleId);
            return submissionProblems(cycleId);
        });
        if (!problems.isEmpty()) {
            throw new ReportRejectedException("Báo cáo của tỉnh chưa trình được; nội dung đã lưu thành bản nháp.",
                    problems);
        }
    }

    /** Leadership's decision on the provincial report, checked before the approval task completes. */
    public Decision checkReview(String decision, String comment, AuthenticatedUser user) {
        if (!user.isMemberOf(ProvinceGroups.LEADERSHIP)) {
            throw new ForbiddenException("Chỉ Thường trực duyệt báo cáo của tỉnh.");
        }
        return ReviewLog.check(decision, comment);
    }

    /** From Tasklist's form: replaces the texts of the draft; a text the column cannot take refuses it all. */
    @Transactional
    public void store(long cycleId, ProvinceTexts texts) {
        Unstored unstored = storeStorable(cycleId, texts);
        if (!unstored.violations().isEmpty()) {
            throw new ReportRejectedException("Chưa lưu được: " + messages(unstored.violations()),
                    unstored.violations());
        }
    }

    /**
     * From Tasklist's form, to submit: stores the texts as the draft in a transaction of its own (kept
     * even when the submission is refused), then answers what keeps the report from approval.
     */
    public List<Violation> storeForSubmission(long cycleId, ProvinceTexts texts) {
        ownTransaction.executeWithoutResult(status -> store(cycleId, texts));
        return ownTransaction.execute(status -> submissionProblems(cycleId));
    }

    /** Replaces the texts; answers the texts the columns cannot take, which keep what was stored for them. */
    private Unstored storeStorable(long cycleId, ProvinceTexts texts) {
        ProvinceReport report = editable(cycleId);
        ReportForm form = reports.form(cycleId);
        Map<String, String> sections = texts.sections() == null ? Map.of() : texts.sections();
        Map<String, String> explanations = texts.explanations();
        Set<String> warningRules = form.template().rules().stream().filter(rule -> rule.severity() == Severity.WARNING)
                .map(ValidationRule::id).collect(Collectors.toSet());
        Map<String, OutlineSection> outline = new LinkedHashMap<>();
        form.textSections().forEach(section -> outline.put(section.code(), section));
        List<Violation> unknown = new ArrayList<>();
        sections.keySet().stream().filter(code -> !outline.containsKey(code)).forEach(code -> unknown.add(
                Violation.section(StoredText.quote(code), "Mục «" + StoredText.quote(code)
                        + "» không có trong đề cương (hoặc là đề mục, không ghi nội dung).")));
        if (explanations != null) {
            explanations.keySet().stream().filter(rule -> !warningRules.contains(rule)).forEach(rule -> unknown.add(
                    new Violation(SubmissionCheck.EXPLANATION, Severity.ERROR, null, null, null, "Giải trình cho quy tắc «"
                            + StoredText.quote(rule) + "»: mẫu báo cáo không có quy tắc cảnh báo này.")));
        }
        if (!unknown.isEmpty()) {
            throw new ReportRejectedException("Báo cáo của tỉnh chưa được lưu: " + messages(unknown), unknown);
        }
        List<Violation> unstored = new ArrayList<>();
        Map<String, StoredText.Problem> problems = WrittenTexts.problems(sections);
        problems.forEach((code, problem) -> unstored.add(Violation.section(code,
                "Mục " + ReportForm.sectionName(outline.get(code)) + " " + problem.description() + ".")));
        report.store(WrittenTexts.storable(sections, report.sections()), clock.instant());
        if (explanations != null) {
            Map<String, StoredText.Problem> explanationProblems = WrittenTexts.problems(explanations);
            explanationProblems.forEach((rule, problem) -> unstored.add(new Violation(SubmissionCheck.EXPLANATION,
                    Severity.ERROR, null, null, null, "Giải trình cho quy tắc " + rule + " " + problem.description() + ".")));
            problems.putAll(explanationProblems);
            report.explain(WrittenTexts.storable(explanations, report.explanations()));
        }
        return new Unstored(unstored, problems.values().stream().allMatch(StoredText.Problem::tooLong));
    }

    private static String messages(List<Violation> violations) {
        return violations.stream().map(Violation::message).collect(Collectors.joining(" "));
    }

    /** @param tooLong whether every text was refused for its length alone */
    private record Unstored(List<Violation> violations, boolean tooLong) {
    }

    private record Stored(Unstored unstored, ProvinceReportView view) {
    }

    @Transactional(readOnly = true)
    public List<Violation> submissionProblems(long cycleId) {
        return SubmissionCheck.emptySections(find(cycleId).sections(), reports.form(cycleId));
    }

    /** Marks the report submitted for approval if no section is empty; answers whether it was. */
    @Transactional
    public boolean submitIfComplete(long cycleId) {
        if (!submissionProblems(cycleId).isEmpty()) {
            return false;
        }
        find(cycleId).submitted(clock.instant());
        return true;
    }

    @Transactional
    public void recordReview(long cycleId, String decision, String comment, String userId) {
        ProvinceReport report = find(cycleId);
        if (report.status() != ReportStatus.SUBMITTED) {
            throw new ConflictException("Báo cáo của tỉnh không ở trạng thái chờ duyệt.");
        }
        Decision recorded = reviews.record(cycleId, ReviewSubject.PROVINCE_REPORT, null, decision, comment, userId)
                .decision();
        int round = reviews.history(cycleId, ReviewSubject.PROVINCE_REPORT, null).size();
        if (recorded == Decision.ACCEPT) {
            report.accepted(clock.instant());
        } else {
            report.returned();
        }
        notifications.send(new NotificationRequest(cycleId, NotificationSubject.PROVINCE_REPORT,
                NotificationSubject.PROVINCE, recorded == Decision.ACCEPT ? NotificationKind.ACCEPTED
                : NotificationKind.RETURNED, ProvinceGroups.POLICY_DEPT, report.dueAt(), "REVIEW-" + round,
                recorded == Decision.ACCEPT ? "Thường trực đã duyệt báo cáo của tỉnh (đợt báo cáo số " + cycleId + ")."
                        : "Thường trực trả lại báo cáo của tỉnh (đợt báo cáo số " + cycleId + ") để sửa: "
                        + comment.strip()));
    }

    /**
     * The national federation sent the approved report back (returned it, or its rules refused it): it is open
     * to the policy dept. again, with the reason in its review history and a notice.
     */
    @Transactional
    public void sentBackByNation(long cycleId, boolean refusedOnArrival, String reason) {
        ProvinceReport report = find(cycleId);
        if (report.status() != ReportStatus.ACCEPTED) {
            return;
        }
        String comment = (refusedOnArrival ? "Hệ thống của Tổng Liên đoàn không nhận báo cáo: " : "Tổng Liên đoàn trả lại: ")
                + (reason == null ? "(không ghi lý do)" : reason);
        reviews.record(cycleId, ReviewSubject.PROVINCE_REPORT, null, Decision.RETURN.name(), comment, NATION);
        report.returned();
        int round = reviews.history(cycleId, ReviewSubject.PROVINCE_REPORT, null).size();
        notifications.send(new NotificationRequest(cycleId, NotificationSubject.PROVINCE_REPORT,
                NotificationSubject.PROVINCE, NotificationKind.RETURNED, ProvinceGroups.POLICY_DEPT, report.dueAt(),
                "REVIEW-" + round, comment + " (đợt báo cáo số " + cycleId + "): sửa báo cáo của tỉnh và trình duyệt"
                        + " lại; báo cáo được duyệt sẽ gửi lại lên hệ thống của Tổng Liên đoàn."));
    }

    /** Whom to remind while the provincial report is not approved: its drafter, or leadership while it waits. */
    @Transactional(readOnly = true)
    public Optional<ReminderTarget> reminderTarget(long cycleId) {
        CycleView cycle = cycles.get(cycleId);
        ProvinceReport report = find(cycleId);
        if (report.status() == ReportStatus.ACCEPTED) {
            return Optional.empty();
        }
        boolean waitingForApproval = report.status() == ReportStatus.SUBMITTED;
        return Optional.of(ReminderTarget.ofProvince(cycleId, NotificationSubject.PROVINCE_REPORT,
                NotificationSubject.PROVINCE,
                waitingForApproval ? ProvinceGroups.LEADERSHIP : ProvinceGroups.POLICY_DEPT,
                (waitingForApproval ? "việc duyệt " : "việc dự thảo ") + "báo cáo của tỉnh (đợt báo cáo số " + cycleId + ")",
                waitingForApproval ? "Thường trực" : "Ban Chính sách pháp luật và QHLĐ", report.dueAt(),
                cycle.timeZone()));
    }


    /** The report while the policy dept. may change it; 409 before the step of drafting it and once sent. */
    private ProvinceReport editable(long cycleId) {
        cycles.get(cycleId);
        ProvinceReport report = repository.findById(cycleId).orElseThrow(() -> new ConflictException(
                "Đợt báo cáo số " + cycleId + " chưa đến bước dự thảo báo cáo của tỉnh: bước này mở khi mọi đơn vị "
                        + "đã được chấp nhận báo cáo hoặc đã khóa sổ, và số liệu đã được tổng hợp."));
        if (!report.status().editable()) {
            throw new ConflictException("Báo cáo của tỉnh đang ở trạng thái " + report.status() + ", không sửa được.");
        }
        return report;
    }

    private ProvinceReport find(long cycleId) {
        return repository.findById(cycleId).orElseThrow(() -> new NotFoundException(
                "Đợt báo cáo số " + cycleId + " chưa đến bước dự thảo báo cáo của tỉnh."));
    }

    private static void requireDrafter(AuthenticatedUser user) {
        if (!user.isMemberOf(ProvinceGroups.POLICY_DEPT)) {
            throw new ForbiddenException("Chỉ Ban Chính sách pháp luật và QHLĐ dự thảo báo cáo của tỉnh.");
        }
    }

}
