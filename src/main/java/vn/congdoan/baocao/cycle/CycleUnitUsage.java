package vn.congdoan.baocao.cycle;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.congdoan.baocao.unit.UnitUsage;

/** A unit is used once a cycle holds it among its units, whatever became of the cycle. */
@Component
@Transactional(readOnly = true)
class CycleUnitUsage implements UnitUsage {

    private final CycleRepository cycles;

    CycleUnitUsage(CycleRepository cycles) {
        this.cycles = cycles;
    }

    @Override
    public boolean usedByACycle(String unitCode) {
        return cycles.anyWithUnit(unitCode);
    }
}
