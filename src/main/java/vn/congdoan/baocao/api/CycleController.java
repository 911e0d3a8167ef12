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
import vn.congdoan.baocao.cycle.PlanService;

/** Cycles and their plan; every action does what the Tasklist action does. */
@RestController
@RequestMapping("/api/cycles")
class CycleController {

    private final CycleService cycles;
    private final PlanService plans;

    CycleController(CycleService cycles, PlanService plans) {
        this.cycles = cycles;
        this.plans = plans;
    }

    @PostMapping
    ResponseEntity<Created> start(@RequestBody ObjectNode request) {
        long id = cycles.start(request, ApiUser.current());
        return ResponseEntity.created(URI.create("/api/cycles/" + id)).body(new Created(id));
    }

    @GetMapping
    List<CycleView> list() {
        return cycles.list();
    }

    @GetMapping("/{cycle}")
    CycleView get(@PathVariable long cycle) {
        return cycles.get(cycle);
    }

    @PostMapping("/{cycle}/plan/submit")
    ResponseEntity<Void> submitPlan(@PathVariable long cycle) {
        plans.submit(cycle, ApiUser.current());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{cycle}/plan/review")
    ResponseEntity<Void> reviewPlan(@PathVariable long cycle, @RequestBody ReviewRequest review) {
        plans.review(cycle, review.decision(), review.comment(), ApiUser.current());
        return ResponseEntity.noContent().build();
    }

    record Created(long id) {
    }

    record ReviewRequest(String decision, String comment) {
    }
}
