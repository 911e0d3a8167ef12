package vn.congdoan.baocao.report;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.congdoan.baocao.cycle.CycleService;
import vn.congdoan.baocao.cycle.CycleUnit;
import vn.congdoan.baocao.cycle.CycleView;
import vn.congdoan.baocao.cycle.Period;
import vn.congdoan.baocao.process.CampaignEngine;
import vn.congdoan.baocao.process.ProcessIds;
import vn.congdoan.baocao.process.ProcessVariables;
import vn.congdoan.baocao.review.Decision;
import vn.congdoan.baocao.review.ReviewLog;
import vn.congdoan.baocao.review.ReviewSubject;
import vn.congdoan.baocao.security.AuthenticatedUser;
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

    private static final Set<String> PROVINCE_GROUPS = Set.of(ProcessIds.GROUP_POLICY_DEPT,
            ProcessIds.GROUP_LEADERSHIP, ProcessIds.GROUP_SUPERVISOR, ProcessIds.GROUP_CAMUNDA_ADMIN);

    private final ReportRepository repository;
    private final CycleService cycles;
    private final TemplateCatalog templates;
    private final ReviewLog reviews;
    private final CampaignEngine engine;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    ReportService(ReportRepository repository, CycleService cycles, TemplateCatalog templates, ReviewLog reviews,
                  CampaignEngine engine, Clock clock, PlatformTransactionManager transactions,
                  ApplicationEventPublisher events) {
        this.repository = repository;
        this.cycles = cycles;
        this.templates = templates;
        this.reviews = reviews;
        this.engine = engine;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.events = events;
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
        return new Assignment(unitOf(cycles.get(cycleId), unitCode).groupId(), find(cycleId, unitCode).dueAt());
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

    /** The report's figures and texts as stored, every indicator and period present (null = blank). */
    @Transactional(readOnly = true)
    public ReportContent content(long cycleId, String unitCode) {
        return complete(form(cycles.get(cycleId)), find(cycleId, unitCode).content());
    }

    @Transactional(readOnly = true)
    public ProgressView progress(long cycleId) {
        CycleView cycle = cycles.get(cycleId);
        Map<String, Report> reports = new LinkedHashMap<>();
        repository.findByCycleIdOrderById(cycleId).forEach(r -> reports.put(r.unitCode(), r));
        Map<ReportStatus, Long> counts = new EnumMap<>(ReportStatus.class);
        List<ProgressView.UnitProgress> units = new ArrayList<>();
        for (CycleUnit unit : cycle.units()) {
            Report report = reports.get(unit.code());
            ReportStatus status = report == null ? ReportStatus.NOT_STARTED : report.status();
            counts.merge(status, 1L, Long::sum);
            units.add(new ProgressView.UnitProgress(unit.code(), unit.name(), status,
                    report == null ? null : at(report.dueAt(), cycle.timeZone()),
                    report == null ? null : at(report.submittedAt(), cycle.timeZone()),
                    report == null ? null : onTime(report)));
        }
        return new ProgressView(cycleId, cycle.stage(), units, counts);
    }

    /** Stores a draft (blanks allowed); a value of the wrong form refuses the whole draft, changing nothing. */
    public ReportView saveDraft(long cycleId, String unitCode, ReportBody body, AuthenticatedUser user) {
        return ConcurrentUpdates.retry(() -> transaction.execute(status -> {
            CycleView cycle = cycles.get(cycleId);
            requireEditor(cycle, unitCode, user);
            Report report = editable(cycleId, unitCode);
            ReportContentReader.Result read = ReportContentReader.read(body, form(cycle));
            if (!read.violations().isEmpty()) {
                throw new ReportRejectedException("Bản nháp chưa được lưu: có ô số liệu không hợp lệ.", read.violations());
            }
            report.store(read.content());
            events.publishEvent(new ReportDraftSaved(cycleId, unitCode));
            return view(cycle, report);
        }));
    }

    /**
     * The API's door to submission: stores the body as the draft first (the saved draft when there is
     * no body), then checks it; refused, the draft stays and the violations are returned; accepted,
     * the unit's task completes as it does from Tasklist.
     */
    public void submit(long cycleId, String unitCode, ReportBody body, AuthenticatedUser user) {
        if (body != null) {
            saveDraft(cycleId, unitCode, body, user);
        }
        List<Violation> violations = transaction.execute(status -> {
            CycleView cycle = cycles.get(cycleId);
            requireEditor(cycle, unitCode, user);
            return SubmissionCheck.check(editable(cycleId, unitCode).content(), form(cycle));
        });
        if (violations.stream().anyMatch(Violation::blocking)) {
            throw new ReportRejectedException("Báo cáo chưa nộp được; số liệu và nội dung đã lưu thành bản nháp.",
                    violations);
        }
        engine.completeUnitTask(cycleId, unitCode, ProcessIds.TASK_FILL_REPORT, Map.of(
                ProcessVariables.REPORT_ACTION, ProcessVariables.ACTION_SUBMIT,
                ProcessVariables.FROM_FORM, false));
    }

    /** The API's door to the review task; the decision is recorded by {@link #recordReview} as in Tasklist. */
    public void review(long cycleId, String unitCode, String decision, String comment, AuthenticatedUser user) {
        CycleView cycle = cycles.get(cycleId);
        unitOf(cycle, unitCode);
        if (!user.isMemberOf(ProcessIds.GROUP_POLICY_DEPT)) {
            throw new ForbiddenException("Chỉ Ban Chính sách pháp luật và QHLĐ được xem xét báo cáo của đơn vị.");
        }
        ReviewLog.check(decision, comment);
        engine.completeUnitTask(cycleId, unitCode, ProcessIds.TASK_REVIEW_REPORT, Map.of(
                ProcessVariables.REPORT_DECISION, decision,
                ProcessVariables.REPORT_COMMENT, comment == null ? "" : comment));
    }

    /** From Tasklist's form: stores what the unit typed, as a draft. */
    @Transactional
    public List<Violation> storeFromForm(long cycleId, String unitCode, ReportBody body) {
        CycleView cycle = cycles.get(cycleId);
        ReportContentReader.Result read = ReportContentReader.read(body, form(cycle));
        Report report = editable(cycleId, unitCode);
        report.store(read.content());
        return read.violations();
    }

    /** What keeps the stored report from being submitted; empty when it can go to review. */
    @Transactional(readOnly = true)
    public List<Violation> submissionProblems(long cycleId, String unitCode) {
        CycleView cycle = cycles.get(cycleId);
        return SubmissionCheck.check(find(cycleId, unitCode).content(), form(cycle));
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
        if (recorded == Decision.ACCEPT) {
            report.accepted(clock.instant());
        } else {
            report.returned();
        }
    }

    @Transactional(readOnly = true)
    public ReportForm form(long cycleId) {
        return form(cycles.get(cycleId));
    }

    private ReportForm form(CycleView cycle) {
        return new ReportForm(templates.get(cycle.template(), cycle.templateVersion()), cycle.periods());
    }

    private ReportView view(CycleView cycle, Report report) {
        ReportContent content = complete(form(cycle), report.content());
        ZoneId zone = cycle.timeZone();
        return new ReportView(cycle.id(), report.unitCode(), unitOf(cycle, report.unitCode()).name(), report.status(),
                at(report.dueAt(), zone), at(report.submittedAt(), zone), onTime(report), content.values(),
                content.sections(), content.explanations(),
                reviews.history(cycle.id(), ReviewSubject.UNIT_REPORT, report.unitCode()));
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

    private static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
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
        return repository.findByCycleIdAndUnitCode(cycleId, unitCode).orElseThrow(() -> new NotFoundException(
                "Đợt báo cáo số " + cycleId + " chưa có báo cáo của đơn vị «" + unitCode + "»."));
    }

    private static CycleUnit unitOf(CycleView cycle, String unitCode) {
        return cycle.units().stream().filter(u -> u.code().equals(unitCode)).findFirst()
                .orElseThrow(() -> new NotFoundException(
                        "Đơn vị «" + unitCode + "» không tham gia đợt báo cáo số " + cycle.id() + "."));
    }

    private static void requireReader(CycleView cycle, String unitCode, AuthenticatedUser user) {
        CycleUnit unit = unitOf(cycle, unitCode);
        if (!user.isMemberOf(unit.groupId()) && user.groups().stream().noneMatch(PROVINCE_GROUPS::contains)) {
            throw new ForbiddenException("Bạn không xem được báo cáo của đơn vị «" + unitCode + "».");
        }
    }

    private static void requireEditor(CycleView cycle, String unitCode, AuthenticatedUser user) {
        if (!user.isMemberOf(unitOf(cycle, unitCode).groupId())) {
            throw new ForbiddenException("Chỉ cán bộ của đơn vị «" + unitCode + "» được sửa và nộp báo cáo này.");
        }
    }

    /** @param groupId the group whose members fill the report */
    public record Assignment(String groupId, Instant dueAt) {
    }
}
