package vn.congdoan.baocao.process;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.congdoan.baocao.cycle.CycleService;
import vn.congdoan.baocao.cycle.CycleUnit;

/** The collection of the unit reporting multi-instance: the cycle's participating units. */
@Component
public class ReportUnits {

    private final CycleService cycles;

    ReportUnits(CycleService cycles) {
        this.cycles = cycles;
    }

    public List<String> of(long cycleId) {
        return cycles.get(cycleId).units().stream().map(CycleUnit::code).toList();
    }
}
