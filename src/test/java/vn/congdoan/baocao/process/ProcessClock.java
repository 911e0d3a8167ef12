package vn.congdoan.baocao.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import vn.congdoan.baocao.support.Jobs;

/** Moves the engine's clock to timers and runs what is due: no test waits for real time. */
final class ProcessClock {

    private ProcessClock() {
    }

    static void set(Instant now) {
        ClockUtil.setCurrentTime(Date.from(now));
    }

    static void reset() {
        ClockUtil.reset();
    }

    /** The one timer waiting in that instance. */
    static Job timerOf(ProcessInstance instance) {
        return jobQuery().timers().processInstanceId(instance.getId()).singleResult();
    }

    /** The deadline-reminders instance called from that instance, or null. */
    static ProcessInstance remindersOf(ProcessInstance caller) {
        return runtimeService().createProcessInstanceQuery().superProcessInstanceId(caller.getId())
                .processDefinitionKey(ProcessIds.PROCESS_DEADLINE_REMINDERS).singleResult();
    }

    /** Checks that the instance's timer is due at that instant, moves the clock there and fires it. */
    static void fire(ProcessInstance instance, Instant expected) {
        Job timer = timerOf(instance);
        assertThat(timer).as("timer of %s", instance.getId()).isNotNull();
        assertThat(timer.getDuedate().toInstant()).isEqualTo(expected);
        set(expected);
        execute(timer);
    }

    /** Runs every job that is due now, including those the jobs create. */
    static void runDueJobs() {
        Jobs.runAll(managementService());
    }
}
