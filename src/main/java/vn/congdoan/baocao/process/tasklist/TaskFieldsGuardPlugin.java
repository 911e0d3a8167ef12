package vn.congdoan.baocao.process.tasklist;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Gives the engine the task and form services that refuse what a task's form does not declare; the
 * REST API, the webapps and Tasklist reach the engine through these services.
 */
@Component
class TaskFieldsGuardPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setTaskService(new GuardedTaskService());
        configuration.setFormService(new GuardedFormService());
    }
}
