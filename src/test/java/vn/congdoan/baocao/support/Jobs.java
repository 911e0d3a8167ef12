package vn.congdoan.baocao.support;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/** Runs the engine's due jobs as the job executor would, until none is left (job execution is off in tests). */
public final class Jobs {

    private Jobs() {
    }

    public static int runAll(ManagementService management) {
        int executed = 0;
        for (int round = 0; round < 50; round++) {
            var jobs = management.createJobQuery().executable().list();
            if (jobs.isEmpty()) {
                return executed;
            }
            for (Job job : jobs) {
                management.executeJob(job.getId());
                executed++;
            }
        }
        throw new AssertionError("jobs keep coming");
    }
}
