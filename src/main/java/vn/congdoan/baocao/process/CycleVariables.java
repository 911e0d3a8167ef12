package vn.congdoan.baocao.process;

import org.camunda.bpm.engine.delegate.VariableScope;

final class CycleVariables {

    private CycleVariables() {
    }

    static long cycleId(VariableScope scope) {
        Object id = scope.getVariable(ProcessVariables.CYCLE_ID);
        if (!(id instanceof Number number)) {
            throw new IllegalStateException("Variable " + ProcessVariables.CYCLE_ID + " is missing");
        }
        return number.longValue();
    }
}
