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

    static String unitCode(VariableScope scope) {
        Object code = scope.getVariable(ProcessVariables.UNIT_CODE);
        if (code == null) {
            throw new IllegalStateException("Variable " + ProcessVariables.UNIT_CODE + " is missing");
        }
        return code.toString();
    }

    static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }
}
