package vn.congdoan.baocao.api;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.congdoan.baocao.process.unitreport.UnitReportActions;
import vn.congdoan.baocao.report.ProgressView;
import vn.congdoan.baocao.report.ReportBody;
import vn.congdoan.baocao.report.ReportService;
import vn.congdoan.baocao.report.ReportView;

/** Unit reports; every action does what the Tasklist action does. */
@RestController
@RequestMapping("/api/cycles/{cycle}")
class ReportController {

    private final ReportService reports;
    private final UnitReportActions actions;

    ReportController(ReportService reports, UnitReportActions actions) {
        this.reports = reports;
        this.actions = actions;
    }

    @GetMapping("/progress")
    ProgressView progress(@PathVariable long cycle) {
        return reports.progress(cycle, ApiUser.current());
    }

    @GetMapping("/reports/{unit}")
    ReportView report(@PathVariable long cycle, @PathVariable String unit) {
        return reports.get(cycle, unit, ApiUser.current());
    }

    @PutMapping("/reports/{unit}/draft")
    ReportView saveDraft(@PathVariable long cycle, @PathVariable String unit, @RequestBody ReportBody body) {
        return reports.saveDraft(cycle, unit, body, ApiUser.current());
    }

    @PostMapping("/reports/{unit}/submit")
    ReportView submit(@PathVariable long cycle, @PathVariable String unit,
                      @RequestBody(required = false) ReportBody body) {
        actions.submit(cycle, unit, body, ApiUser.current());
        return reports.get(cycle, unit, ApiUser.current());
    }

    @PostMapping("/reports/{unit}/review")
    ResponseEntity<Void> review(@PathVariable long cycle, @PathVariable String unit,
                                @RequestBody CycleController.ReviewRequest review) {
        actions.review(cycle, unit, review.decision(), review.comment(), ApiUser.current());
        return ResponseEntity.noContent().build();
    }
}
