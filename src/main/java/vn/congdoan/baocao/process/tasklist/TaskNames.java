package vn.congdoan.baocao.process.tasklist;

import org.camunda.bpm.engine.delegate.DelegateTask;

import vn.congdoan.baocao.cycle.CycleView;

/**
 * Task names that say which cycle, and which unit, a task is about: Tasklist's list shows only the
 * name, and a user may have tasks of several cycles and units at once.
 */
public final class TaskNames {

    private TaskNames() {
    }

    public static void of(DelegateTask task, CycleView cycle) {
        task.setName(task.getName() + " — KH " + cycle.planNumber());
    }

    public static void of(DelegateTask task, CycleView cycle, String unitName) {
        task.setName(task.getName() + " — " + unitName + " — KH " + cycle.planNumber());
    }
}
