package vn.congdoan.baocao.report;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congdoan.baocao.cycle.CycleParametersException;
import vn.congdoan.baocao.cycle.CycleService;
import vn.congdoan.baocao.cycle.CycleView;
import vn.congdoan.baocao.cycle.DeadlineCalculator;
import vn.congdoan.baocao.cycle.DeadlineMeans;
import vn.congdoan.baocao.cycle.FieldViolation;
import vn.congdoan.baocao.security.AuthenticatedUser;
import vn.congdoan.baocao.security.ProvinceGroups;
import vn.congdoan.baocao.system.BadRequestException;
import vn.congdoan.baocao.system.ForbiddenException;
import vn.congdoan.baocao.system.StoredText;

/**
 * Leadership's decision at the cut-off: EXTEND the units still missing until a new date (a day means
 * the end of that day in the cycle's zone), or CLOSE collection (they become MISSING).
 */
@Service
public class LateUnits {

    public static final String EXTEND = "EXTEND";
    public static final String CLOSE = "CLOSE";

    private final LateUnitsDecisionRepository repository;
    private final ReportService reports;
    private final CycleService cycles;
    private final Clock clock;

    LateUnits(LateUnitsDecisionRepository repository, ReportService reports, CycleService cycles, Clock clock) {
        this.repository = repository;
        this.reports = reports;
        this.cycles = cycles;
        this.clock = clock;
    }

    /**
     * The API's decision, checked before the decision task completes; recorded by {@link #record} as from
     * Tasklist. Answers the decision as the task takes it (EXTEND or CLOSE).
     */
    public String checkDecision(long cycleId, String decision, String until, AuthenticatedUser user) {
        if (!user.isMemberOf(ProvinceGroups.LEADERSHIP)) {
            throw new ForbiddenException("Chỉ Thường trực quyết định về các đơn vị chậm báo cáo.");
        }
        check(cycles.get(cycleId), decision, until);
        return decision.trim();
    }

    /** Records the decision; for EXTEND gives the missing units their new due date and answers it. */
    @Transactional
    public Optional<Instant> record(long cycleId, String decision, String until, String userId) {
        CycleView cycle = cycles.get(cycleId);
        Optional<Instant> newDue = check(cycle, decision, until);
        List<String> units = newDue.isPresent() ? reports.extend(cycleId, newDue.get()) : reports.pendingUnits(cycleId);
        repository.save(new LateUnitsDecision(cycleId, decision.trim(), newDue.orElse(null), units, userId,
                clock.instant()));
        return newDue;
    }

    /** The cut-off as leadership last extended it; empty while it never did. */
    @Transactional(readOnly = true)
    public Optional<Instant> extendedCutOff(long cycleId) {
        return repository.findFirstByCycleIdAndDecisionOrderByIdDesc(cycleId, EXTEND).map(LateUnitsDecision::until);
    }

    private Optional<Instant> check(CycleView cycle, String decision, String until) {
        String chosen = decision == null ? "" : decision.trim();
        if (CLOSE.equals(chosen)) {
            return Optional.empty();
        }
        if (!EXTEND.equals(chosen)) {
            throw new BadRequestException("Quyết định «" + StoredText.quote(decision)
                    + "» không hợp lệ: EXTEND (gia hạn) hoặc CLOSE (khóa sổ, đơn vị chưa nộp ghi là còn thiếu).");
        }
        if (until == null || until.isBlank()) {
            throw refused("Gia hạn thì phải ghi hạn mới (ngày, ví dụ 2020-08-30).");
        }
        Instant due = DeadlineCalculator.due(until, DeadlineMeans.ON_DAY, cycle.timeZone()).orElseThrow(() ->
                refused("Hạn mới «" + StoredText.quote(until) + "» không đọc được: ghi ngày dạng 2020-08-30 hoặc ngày giờ có múi giờ."));
        if (!due.isAfter(clock.instant())) {
            throw refused("Hạn mới «" + until + "» (" + DeadlineCalculator.describe(until, DeadlineMeans.ON_DAY,
                    cycle.timeZone()) + ") đã qua: phải sau thời điểm hiện tại.");
        }
        return Optional.of(due);
    }

    private static CycleParametersException refused(String message) {
        return new CycleParametersException("Chưa ghi được quyết định:", List.of(new FieldViolation("until", message)));
    }
}
