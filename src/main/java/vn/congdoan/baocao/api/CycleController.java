package vn.congdoan.baocao.api;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.congdoan.baocao.cycle.CycleService;
import vn.congdoan.baocao.cycle.CycleView;
import vn.congdoan.baocao.process.plan.PlanActions;
import vn.congdoan.baocao.report.LateUnits;
import vn.congdoan.baocao.report.ReportService;

/** Cycles and their plan; every action does what the Tasklist action does. */
@RestController
@RequestMapping("/api/cycles")
class CycleController {

    private final CycleService cycles;
    private final PlanActions plans;
    private final ReportService reports;
    private final LateUnits lateUnits;

    CycleController(CycleService cycles, PlanActions plans, ReportService reports, LateUnits lateUnits) {
        this.cycles = cycles;
        this.plans = plans;
        this.reports = reports;
        this.lateUnits = lateUnits;
    }

    /** The body of a cycle as read may be posted back: what the application added is left out. */
    @PostMapping
    ResponseEntity<Created> start(@RequestBody ObjectNode request) {
        long id = plans.startCampaign(request.deepCopy().remove(CycleResponse.READ_ONLY), ApiUser.current());
        return ResponseEntity.created(URI.create("/api/cycles/" + id)).body(new Created(id));
    }

    @GetMapping
    List<CycleResponse> list() {
        return cycles.list().stream().map(this::response).toList();
    }

    @GetMapping("/{cycle}")
    CycleResponse get(@PathVariable long cycle) {
        return response(cycles.get(cycle));
    }

    private CycleResponse response(CycleView cycle) {
        return CycleResponse.of(cycle, reports.statusesReadableBy(cycle, ApiUser.current()),
                lateUnits.extendedCutOff(cycle.id()));
    }

    @PostMapping("/{cycle}/plan/submit")
    ResponseEntity<Void> submitPlan(@PathVariable long cycle) {
        plans.submit(cycle, ApiUser.current());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{cycle}/plan/review")
    ResponseEntity<Void> reviewPlan(@PathVariable long cycle, @RequestBody PlanReviewRequest review) {
        plans.review(cycle, review.decision(), review.comment(), review.issuedOn(), ApiUser.current());
        return ResponseEntity.noContent().build();
    }

    record Created(long id) {
    }

    record ReviewRequest(String decision, String comment) {
    }

    /** Leadership's decision on the plan; with ACCEPT, the day it is issued on (yyyy-MM-dd; the offered day if none). */
    record PlanReviewRequest(String decision, String comment, String issuedOn) {
    }
}
