package vn.congdoan.baocao.report;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.congdoan.baocao.cycle.CycleService;
import vn.congdoan.baocao.cycle.CycleUnit;
import vn.congdoan.baocao.cycle.CycleView;
import vn.congdoan.baocao.cycle.DeadlineCalculator;
import vn.congdoan.baocao.cycle.Period;
import vn.congdoan.baocao.notification.NotificationKind;
import vn.congdoan.baocao.notification.NotificationRequest;
import vn.congdoan.baocao.notification.NotificationSubject;
import vn.congdoan.baocao.notification.Notifications;
import vn.congdoan.baocao.notification.ReminderTarget;
import vn.congdoan.baocao.review.Decision;
import vn.congdoan.baocao.review.ReviewLog;
import vn.congdoan.baocao.review.ReviewSubject;
import vn.congdoan.baocao.security.AuthenticatedUser;
import vn.congdoan.baocao.security.ProvinceGroups;
import vn.congdoan.baocao.system.ConflictException;
import vn.congdoan.baocao.system.ForbiddenException;
import vn.congdoan.baocao.system.NotFoundException;
import vn.congdoan.baocao.template.Indicator;
import vn.congdoan.baocao.template.TemplateCatalog;

/**
 * Unit reports: one per participating unit. The API and the Tasklist forms reach the same methods;
 * a refused submission keeps what the unit sent as its draft.
 */
@Service
public class ReportService {

    private final ReportRepository repository;
    private final CycleService cycles;
    private final TemplateCatalog templates;
    private final ReviewLog reviews;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final TransactionTemplate ownTransaction;
    private final ApplicationEventPublisher events;
    private final Notifications notifications;
    private final EntityManager entityManager;
    private final EarlierCycleFigures earlierFigures;

    ReportService(ReportRepository repository, CycleService cycles, TemplateCatalog templates, ReviewLog reviews,
                  Clock clock, PlatformTransactionManager transactions,
                  ApplicationEventPublisher events, Notifications notifications, EntityManager entityManager,
                  EarlierCycleFigures earlierFigures) {
        this.repository = repository;
        this.cycles = cycles;
        this.templates = templates;
        this.reviews = reviews;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.events = events;
        this.notifications = notifications;
        this.entityManager = entityManager;
        this.earlierFigures = earlierFigures;
    }

    /** One report per participating unit, due at the cycle's deadline for unit reports; creates what is missing. */
    @Transactional
    public List<String> distribute(long cycleId) {
        CycleView cycle = cycles.get(cycleId);
        List<String> codes = new ArrayList<>();
        for (CycleUnit unit : cycle.units()) {
            if (repository.findByCycleIdAndUnitCode(cycleId, unit.code()).isEmpty()) {
                repository.save(new Report(cycleId, unit.code(), cycle.deadlines().unitReport().due().toInstant()));
            }
            codes.add(unit.code());
        }
        return codes;
    }

    /** Who works on the unit's report, and by when. */
    @Transactional(readOnly = true)
    public Assignment assignment(long cycleId, String unitCode) {
        return new Assignment(unitGroup(cycleId, unitCode), dueAt(cycleId, unitCode), reviewFollowUpAt(cycleId));
    }

    /** The group whose members fill the unit's report: the cycle's, without reading the report. */
    @Transactional(readOnly = true)
    public String unitGroup(long cycleId, String unitCode) {
        return unitOf(cycles.get(cycleId), unitCode).groupId();
    }

    /** When the unit's report is due, extensions included. */
    @Transactional(readOnly = true)
    public Instant dueAt(long cycleId, String unitCode) {
        return find(cycleId, unitCode).dueAt();
    }

    /** When every unit should have finished its own review: the cycle's first deadline, the same for all units. */
    @Transactional(readOnly = true)
    public Instant reviewFollowUpAt(long cycleId) {
        return cycles.get(cycleId).deadlines().unitReview().due().toInstant();
    }

    /** Tells the unit its report is due (once, whatever retries). */
    @Transactional
    public void announce(long cycleId, String unitCode) {
        CycleView cycle = cycles.get(cycleId);
        Report report = find(cycleId, unitCode);
        notifyUnit(cycle, report, NotificationKind.ASSIGNED, "ASSIGNED", "Đơn vị được giao " + what(cycle, report)
                + ", hạn đến " + DeadlineCalculator.AT.format(report.dueAt().atZone(cycle.timeZone())) + ".");
    }

    /** Whom to remind about the unit's report, while the unit still has to act on it. */
    @Transactional(readOnly = true)
    public Optional<ReminderTarget> reminderTarget(long cycleId, String unitCode) {
        CycleView cycle = cycles.get(cycleId);
        Report report = find(cycleId, unitCode);
        if (!report.status().editable()) {
            return Optional.empty();
        }
        return Optional.of(new ReminderTarget(cycleId, NotificationSubject.UNIT_REPORT, unitCode, unitCode,
                what(cycle, report),
                unitOf(cycle, unitCode).name() + " chưa gửi báo cáo (đợt báo cáo số " + cycleId + ")",
                report.dueAt(), cycle.timeZone()));
    }

    /** The units that still have to submit (not started, draft or returned). */
    @Transactional(readOnly = true)
    public List<String> pendingUnits(long cycleId) {
        return repository.findByCycleIdOrderById(cycleId).stream().filter(r -> r.status().editable())
                .map(Report::unitCode).toList();
    }

    /** Gives the units still to submit a new due date; answers which. */
    @Transactional
    public List<String> extend(long cycleId, Instant until) {
        CycleView cycle = cycles.get(cycleId);
        List<String> extended = new ArrayList<>();
        for (Report report : repository.findByCycleIdOrderById(cycleId)) {
            if (report.status().editable()) {
                report.extendTo(until);
                extended.add(report.unitCode());
                notifyUnit(cycle, report, NotificationKind.EXTENDED, "EXTENDED", "Gia hạn " + what(cycle, report)
                        + " đến " + DeadlineCalculator.AT.format(until.atZone(cycle.timeZone())) + ".");
            }
        }
        return extended;
    }

    /** Collection closed without the unit's report: it becomes MISSING, listed as such, never counted. */
    @Transactional
    public void markMissing(long cycleId, String unitCode) {
        CycleView cycle = cycles.get(cycleId);
        Report report = find(cycleId, unitCode);
        if (!report.status().editable()) {
            return;
        }
        report.missing();
        notifyUnit(cycle, report, NotificationKind.MISSING, "MISSING", "Đã khóa sổ thu nhận: " + what(cycle, report)
                + " không được gửi đúng hạn và được ghi là còn thiếu.");
    }

    @Transactional(readOnly = true)
    public ReportView get(long cycleId, String unitCode, AuthenticatedUser user) {
        CycleView cycle = cycles.get(cycleId);
        requireReader(cycle, unitCode, user);
        return view(cycle, find(cycleId, unitCode));
    }

    /** The report as its unit and the reviewer see it, for the engine's listeners (no user check). */
    @Transactional(readOnly = true)
    public ReportView view(long cycleId, String unitCode) {
        return view(cycles.get(cycleId), find(cycleId, unitCode));
    }

    /**
     * The report for a form about to show it, its row locked until the engine's transaction ends: a
     * draft saved at the same moment either waits and then finds the new task to update, or is
     * read here once committed. Without it, both could miss each other and the form show old figures.
     * Read again as it is locked: the same transaction may have read it before the draft was saved.
     */
    @Transactional
    public ReportView viewForForm(long cycleId, String unitCode) {
        CycleView cycle = cycles.get(cycleId);
        Report report = find(cycleId, unitCode);
        entityManager.refresh(report, LockModeType.PESSIMISTIC_WRITE);
        return view(cycle, report);
    }


    /**
     * Each unit's progress for the province's people; a unit's user sees its own line (and counts of
     * that line) alone, and someone of a unit that takes no part gets 403.
     */
    @Transactional(readOnly = true)
    public ProgressView progress(long cycleId, AuthenticatedUser user) {
        return progress(cycleId, readableUnit(cycleId, user));
    }

    /** Every unit's progress, for the engine's listeners (no user check). */
    @Transactional(readOnly = true)
    public ProgressView progress(long cycleId) {
        return progress(cycleId, Optional.empty());
    }

    private ProgressView progress(long cycleId, Optional<String> own) {
        CycleView cycle = cycles.get(cycleId);
        Map<String, Report> reports = new LinkedHashMap<>();
        repository.findByCycleIdOrderById(cycleId).forEach(r -> reports.put(r.unitCode(), r));
        Map<ReportStatus, Long> counts = new EnumMap<>(ReportStatus.class);
        Map<String, Long> reminders = notifications.remindersPerUnit(cycleId);
        Map<String, Long> returns = reviews.countByUnit(cycleId, ReviewSubject.UNIT_REPORT, Decision.RETURN);
        List<ProgressView.UnitProgress> units = new ArrayList<>();
        for (CycleUnit unit : cycle.units()) {
            if (own.isPresent() && !own.get().equals(unit.code())) {
                continue;
            }
            Report report = reports.get(unit.code());
            ReportStatus status = report == null ? ReportStatus.NOT_STARTED : report.status();
            counts.merge(status, 1L, Long::sum);
            units.add(new ProgressView.UnitProgress(unit.code(), unit.name(), status,
                    report == null ? null : cycle.at(report.dueAt()),
                    report == null ? null : cycle.at(report.submittedAt()),
                    report == null ? null : onTime(report), reminders.getOrDefault(unit.code(), 0L),
                    returns.getOrDefault(unit.code(), 0L)));
        }
        return new ProgressView(cycleId, cycle.stage(), units, counts);
    }

    /**
     * The status of each unit's report that the user may see, in the cycle's order of units: every unit
     * for the province's people, a unit's user only its own unit.
     */
    @Transactional(readOnly = true)
    public Map<CycleUnit, ReportStatus> statusesReadableBy(CycleView cycle, AuthenticatedUser user) {
        boolean province = isProvince(user);
        Map<String, ReportStatus> stored = new HashMap<>();
        repository.findByCycleIdOrderById(cycle.id()).forEach(r -> stored.put(r.unitCode(), r.status()));
        Map<CycleUnit, ReportStatus> statuses = new LinkedHashMap<>();
        for (CycleUnit unit : cycle.units()) {
            if (province || user.isMemberOf(unit.groupId())) {
                statuses.put(unit, stored.getOrDefault(unit.code(), ReportStatus.NOT_STARTED));
            }
        }
        return statuses;
    }

    /** Stores a draft (blanks allowed); a value of the wrong form refuses the whole draft, changing nothing. */
    public ReportView saveDraft(long cycleId, String unitCode, ReportBody body, AuthenticatedUser user) {
        return saveDraft(cycleId, unitCode, stored -> body, user, true);
    }

    /** Stores new figures as the draft, keeping the texts and explanations the unit has saved. */
    public ReportView saveValues(long cycleId, String unitCode, Map<String, Map<String, Object>> values,
                                 AuthenticatedUser user) {
        return saveDraft(cycleId, unitCode,
                stored -> new ReportBody(values, stored.sections(), stored.explanations()), user, true);
    }

    /** @param announce whether an open form must be shown the new draft (not when its task completes next) */
    private ReportView saveDraft(long cycleId, String unitCode, Function<ReportContent, ReportBody> body,
                                 AuthenticatedUser user, boolean announce) {
        Saved saved = ConcurrentUpdates.retry(() -> transaction.execute(status -> {
            CycleView cycle = cycles.get(cycleId);
            requireEditor(cycle, unitCode, user);
            Report report = editable(cycleId, unitCode);
            ReportContent stored = report.content();
            ReportContentReader.Result read = ReportContentReader.read(body.apply(stored), form(cycle), stored);
            if (!read.violations().isEmpty()) {
                throw new ReportRejectedException("Bản nháp chưa được lưu: có ô số liệu không hợp lệ.", read.violations());
            }
            report.store(read.content(), clock.instant());
            if (announce) {
                // the new version is what the open form must be told of
                repository.flush();
                events.publishEvent(new ReportDraftSaved(cycleId, unitCode));
            }
            return new Saved(view(cycle, report), read);
        }));
        if (!saved.read().unstored().isEmpty()) {
            // said after the commit: the rest of what was sent is the draft now
            throw new TextsNotStoredException("Đã lưu bản nháp, trừ nội dung không lưu được (giữ nguyên nội dung đã lưu "
                    + "trước đó): " + saved.read().unstored().stream().map(Violation::message)
                    .collect(Collectors.joining(" ")), saved.read().unstored(), saved.read().tooLong());
        }
        return saved.view();
    }

    private record Saved(ReportView view, ReportContentReader.Result read) {
    }

    /**
     * The API's way to submission: stores the body as the draft first (the saved draft when there is
     * no body), then checks it; refused, the draft stays and the violations are returned; accepted,
     * the caller completes the unit's task as Tasklist does.
     */
    public void storeAndCheckForSubmission(long cycleId, String unitCode, ReportBody body, AuthenticatedUser user) {
        if (body != null) {
            saveDraft(cycleId, unitCode, stored -> body, user, false);
        }
        List<Violation> violations = transaction.execute(status -> {
            CycleView cycle = cycles.get(cycleId);
            requireEditor(cycle, unitCode, user);
            return SubmissionCheck.check(editable(cycleId, unitCode).content(), form(cycle), earlier(cycle, unitCode));
        });
        if (violations.stream().anyMatch(Violation::blocking)) {
            if (body != null) {
                // the unit goes on in its form: it must show what was just stored
                transaction.executeWithoutResult(status -> events.publishEvent(new ReportDraftSaved(cycleId, unitCode)));
            }
            throw new ReportRejectedException("Báo cáo chưa nộp được; số liệu và nội dung đã lưu thành bản nháp.",
                    violations);
        }
    }

    /**
     * The API's decision on a unit's report, checked before the review task completes; the decision is
     * recorded by {@link #recordReview} as in Tasklist.
     */
    public Decision checkReview(long cycleId, String unitCode, String decision, String comment,
                                AuthenticatedUser user) {
        CycleView cycle = cycles.get(cycleId);
        unitOf(cycle, unitCode);
        if (!user.isMemberOf(ProvinceGroups.POLICY_DEPT)) {
            throw new ForbiddenException("Chỉ Ban Chính sách pháp luật và QHLĐ được xem xét báo cáo của đơn vị.");
        }
        return ReviewLog.check(decision, comment);
    }

    /**
     * From Tasklist's form: stores what the unit typed, as a draft. A value of the wrong form (possible
     * only past the form's own checks) refuses the completion as the API refuses such a draft; so does
     * a form opened on an earlier version of the draft ({@code formVersion}), which would overwrite
     * what was stored since (an uploaded table).
     */
    @Transactional
    public void storeFromForm(long cycleId, String unitCode, ReportBody body, Integer formVersion) {
        CycleView cycle = cycles.get(cycleId);
        Report report = editable(cycleId, unitCode);
        if (formVersion != null && formVersion != report.version()) {
            throw new ConflictException("Chưa lưu được: bản nháp đã được cập nhật sau khi biểu mẫu này được mở (tải "
                    + "bảng Excel lên, hoặc lưu qua API). Hãy tải lại trang (F5) để xem bản nháp mới rồi sửa tiếp; "
                    + "số liệu trong biểu mẫu đang mở không ghi đè lên bản nháp đó.");
        }
        ReportContentReader.Result read = ReportContentReader.read(body, form(cycle), report.content());
        List<Violation> refused = new ArrayList<>(read.violations());
        refused.addAll(read.unstored());
        if (!refused.isEmpty()) {
            throw new ReportRejectedException("Chưa lưu được: " + refused.stream().map(Violation::message)
                    .collect(Collectors.joining(" ")), refused);
        }
        report.store(read.content(), clock.instant());
    }

    /**
     * From Tasklist's form, to submit: stores what the unit typed as the draft in a transaction of its
     * own (kept even when the submission is refused), then answers what keeps it from review.
     */
    public List<Violation> storeForSubmission(long cycleId, String unitCode, ReportBody body, Integer formVersion) {
        ownTransaction.executeWithoutResult(status -> storeFromForm(cycleId, unitCode, body, formVersion));
        return ownTransaction.execute(status -> submissionProblems(cycleId, unitCode)).stream()
                .filter(Violation::blocking).toList();
    }

    /** What keeps the stored report from being submitted; empty when it can go to review. */
    @Transactional(readOnly = true)
    public List<Violation> submissionProblems(long cycleId, String unitCode) {
        CycleView cycle = cycles.get(cycleId);
        return SubmissionCheck.check(find(cycleId, unitCode).content(), form(cycle), earlier(cycle, unitCode));
    }

    /** Marks the report submitted if nothing blocks it; answers whether it was. */
    @Transactional
    public boolean submitIfComplete(long cycleId, String unitCode) {
        if (submissionProblems(cycleId, unitCode).stream().anyMatch(Violation::blocking)) {
            return false;
        }
        find(cycleId, unitCode).submitted(clock.instant());
        return true;
    }

    @Transactional
    public void recordReview(long cycleId, String unitCode, String decision, String comment, String userId) {
        Report report = find(cycleId, unitCode);
        if (report.status() != ReportStatus.SUBMITTED) {
            throw new ConflictException("Báo cáo của đơn vị «" + unitCode + "» không ở trạng thái chờ xem xét.");
        }
        Decision recorded = reviews.record(cycleId, ReviewSubject.UNIT_REPORT, unitCode, decision, comment, userId)
                .decision();
        CycleView cycle = cycles.get(cycleId);
        String round = "REVIEW-" + reviews.history(cycleId, ReviewSubject.UNIT_REPORT, unitCode).size();
        if (recorded == Decision.ACCEPT) {
            report.accepted(clock.instant());
            notifyUnit(cycle, report, NotificationKind.ACCEPTED, round, "Đã chấp nhận " + what(cycle, report) + ".");
        } else {
            report.returned();
            notifyUnit(cycle, report, NotificationKind.RETURNED, round, "Trả lại " + what(cycle, report)
                    + " để sửa: " + comment.strip());
        }
    }

    /** Accepted and missing units, for the aggregate. */
    @Transactional(readOnly = true)
    public Map<String, ReportContent> acceptedContents(long cycleId) {
        Map<String, ReportContent> accepted = new LinkedHashMap<>();
        for (Report report : repository.findByCycleIdOrderById(cycleId)) {
            if (report.status() == ReportStatus.ACCEPTED) {
                accepted.put(report.unitCode(), report.content());
            }
        }
        return accepted;
    }

    /** Every unit's text of each section, in the cycle's unit order; only units that wrote one. */
    @Transactional(readOnly = true)
    public Map<String, Map<String, String>> sectionTexts(long cycleId, Set<ReportStatus> statuses) {
        CycleView cycle = cycles.get(cycleId);
        Map<String, Report> reports = new LinkedHashMap<>();
        repository.findByCycleIdOrderById(cycleId).forEach(r -> reports.put(r.unitCode(), r));
        Map<String, Map<String, String>> bySection = new LinkedHashMap<>();
        for (CycleUnit unit : cycle.units()) {
            Report report = reports.get(unit.code());
            if (report != null && statuses.contains(report.status())) {
                report.content().sections().forEach((section, text) ->
                        bySection.computeIfAbsent(section, k -> new LinkedHashMap<>()).put(unit.name(), text));
            }
        }
        return bySection;
    }

    private void notifyUnit(CycleView cycle, Report report, NotificationKind kind, String slot, String message) {
        notifications.send(new NotificationRequest(cycle.id(), NotificationSubject.UNIT_REPORT, report.unitCode(), kind,
                report.unitCode(), report.dueAt(), slot, message));
    }

    private static String what(CycleView cycle, Report report) {
        return "báo cáo của " + unitOf(cycle, report.unitCode()).name() + " (đợt báo cáo số " + cycle.id() + ")";
    }

    @Transactional(readOnly = true)
    public ReportForm form(long cycleId) {
        return form(cycles.get(cycleId));
    }

    private ReportForm form(CycleView cycle) {
        return new ReportForm(templates.get(cycle.template(), cycle.templateVersion()), cycle.periods());
    }

    private ReportView view(CycleView cycle, Report report) {
        ReportForm form = form(cycle);
        ReportContent content = complete(form, report.content());
        EarlierFigures earlier = earlier(cycle, report.unitCode());
        return new ReportView(cycle.id(), report.unitCode(), unitOf(cycle, report.unitCode()).name(), report.status(),
                cycle.at(report.dueAt()), cycle.at(report.submittedAt()), onTime(report), content.values(),
                content.sections(), content.explanations(), TableRules.check(form, content.values(), earlier),
                reviews.history(cycle.id(), ReviewSubject.UNIT_REPORT, report.unitCode()), report.version(),
                cycle.at(report.draftSavedAt()), earlier);
    }

    private EarlierFigures earlier(CycleView cycle, String unitCode) {
        return earlierFigures.of(cycle, unitCode).orElse(null);
    }

    /** Every indicator and period of the form, null where nothing is stored. */
    private static ReportContent complete(ReportForm form, ReportContent stored) {
        Map<String, Map<String, Long>> values = new LinkedHashMap<>();
        for (Indicator indicator : form.indicators()) {
            Map<String, Long> periods = new LinkedHashMap<>();
            for (Period period : form.periods()) {
                periods.put(period.code(), stored.value(indicator.code(), period.code()));
            }
            values.put(indicator.code(), periods);
        }
        return new ReportContent(values, stored.sections(), stored.explanations());
    }

    private static Boolean onTime(Report report) {
        return report.firstSubmittedAt() == null ? null : !report.firstSubmittedAt().isAfter(report.dueAt());
    }

    private Report editable(long cycleId, String unitCode) {
        Report report = find(cycleId, unitCode);
        if (!report.status().editable()) {
            throw new ConflictException("Báo cáo của đơn vị «" + unitCode + "» đang ở trạng thái " + report.status()
                    + ", không sửa được.");
        }
        return report;
    }

    private Report find(long cycleId, String unitCode) {
        return repository.findByCycleIdAndUnitCode(cycleId, unitCode).orElseThrow(() -> noReport(cycleId, unitCode));
    }

    private static NotFoundException noReport(long cycleId, String unitCode) {
        return new NotFoundException("Đợt báo cáo số " + cycleId + " chưa có báo cáo của đơn vị «" + unitCode + "».");
    }

    private static CycleUnit unitOf(CycleView cycle, String unitCode) {
        return cycle.units().stream().filter(u -> u.code().equals(unitCode)).findFirst()
                .orElseThrow(() -> new NotFoundException(
                        "Đơn vị «" + unitCode + "» không tham gia đợt báo cáo số " + cycle.id() + "."));
    }

    private static void requireReader(CycleView cycle, String unitCode, AuthenticatedUser user) {
        CycleUnit unit = unitOf(cycle, unitCode);
        if (!user.isMemberOf(unit.groupId()) && !isProvince(user)) {
            throw new ForbiddenException("Bạn không xem được báo cáo của đơn vị «" + unitCode + "».");
        }
    }

    /**
     * Whose notifications the user may read in the cycle: empty for the province's people (all), the
     * unit's code for a unit's user; 403 for anyone else.
     */
    @Transactional(readOnly = true)
    public Optional<String> readableUnit(long cycleId, AuthenticatedUser user) {
        if (isProvince(user)) {
            return Optional.empty();
        }
        return Optional.of(cycles.get(cycleId).units().stream().filter(u -> user.isMemberOf(u.groupId()))
                .map(CycleUnit::code).findFirst().orElseThrow(() -> new ForbiddenException(
                        "Bạn không thuộc đơn vị nào tham gia đợt báo cáo số " + cycleId + ".")));
    }

    /** Only the province's people read what concerns every unit. */
    public static void requireProvince(AuthenticatedUser user) {
        if (!isProvince(user)) {
            throw new ForbiddenException("Chỉ cán bộ của Liên đoàn Lao động tỉnh xem được thông tin của mọi đơn vị.");
        }
    }

    /** 403 unless the user is of the unit whose report this is: only its people change it. */
    @Transactional(readOnly = true)
    public void requireEditor(long cycleId, String unitCode, AuthenticatedUser user) {
        requireEditor(cycles.get(cycleId), unitCode, user);
    }

    private static boolean isProvince(AuthenticatedUser user) {
        return user.groups().stream().anyMatch(ProvinceGroups.ALL::contains);
    }

    private static void requireEditor(CycleView cycle, String unitCode, AuthenticatedUser user) {
        if (!user.isMemberOf(unitOf(cycle, unitCode).groupId())) {
            throw new ForbiddenException("Chỉ cán bộ của đơn vị «" + unitCode + "» được sửa và nộp báo cáo này.");
        }
    }

    /**
     * @param groupId    the group whose members fill the report
     * @param followUpAt when the unit should have finished its own review (the cycle's first deadline)
     */
    public record Assignment(String groupId, Instant dueAt, Instant followUpAt) {
    }
}
