package vn.congdoan.baocao.process;

import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;

/**
 * The engine of the process tests, configured in {@code process-test.cfg.xml}: not named
 * camunda.cfg.xml, which the engine's REST API of the application tests would pick up as a second engine.
 */
final class ProcessTestEngine {

    private ProcessTestEngine() {
    }

    static ProcessEngineExtension extension() {
        return ProcessEngineExtension.builder().configurationResource("process-test.cfg.xml").build();
    }
}
