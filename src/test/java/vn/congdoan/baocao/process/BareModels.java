package vn.congdoan.baocao.process;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.TimeDate;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.CAMUNDA_NS;

/**
 * The application's process models as a bare engine runs them: the same elements, gateways, call activities,
 * multi-instance, async continuations, timers and candidate groups, without any of the application's code or
 * forms. Listeners are removed; service tasks do nothing; the decisions the gateways read are sent by whoever
 * completes the tasks; the multi-instance reads its units from {@link #UNITS_VARIABLE}; timers wait for a
 * far-off date instead of the deadlines the listeners would compute; a candidate group given by an expression
 * becomes the unit of the instance's business key ("cycle/unit"), the unit's group being named as the unit.
 */
public final class BareModels {

    /** The models' resources, as the application deploys them. */
    static final String RESOURCES = "classpath*:bpmn/*.bpmn";
    /** The campaign's start variable holding the unit codes (a JSON-serialized list of strings). */
    public static final String UNITS_VARIABLE = "benchmarkUnits";
    /** When every timer of the bare models is due: never during a benchmark. */
    static final String FAR_OFF = "2099-12-31T00:00:00";
    static final String UNIT_OF_BUSINESS_KEY =
            "${execution.processBusinessKey.substring(execution.processBusinessKey.lastIndexOf('/') + 1)}";
    static final String NOTHING = "${null}";

    private static final List<String> FORM_ATTRIBUTES = List.of("formKey", "formRef", "formRefBinding",
            "formRefVersion");
    /** Deadlines the application's listeners compute; a bare task has none. */
    private static final List<String> DATE_ATTRIBUTES = List.of("dueDate", "followUpDate");
    private static final List<String> IMPLEMENTATION_ATTRIBUTES = List.of("class", "delegateExpression",
            "expression", "resultVariable", "type", "topic");

    private BareModels() {
    }

    /** Every model of the application, bare, by resource name. */
    public static Map<String, BpmnModelInstance> load() {
        Map<String, BpmnModelInstance> models = new LinkedHashMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(RESOURCES)) {
                try (InputStream in = resource.getInputStream()) {
                    models.put(resource.getFilename(), strip(Bpmn.readModelFromStream(in)));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        if (models.isEmpty()) {
            throw new IllegalStateException("no process model at " + RESOURCES);
        }
        return models;
    }

    static BpmnModelInstance strip(BpmnModelInstance model) {
        for (ExtensionElements extensions : model.getModelElementsByType(ExtensionElements.class)) {
            extensions.getElementsQuery().filterByType(CamundaExecutionListener.class).list()
                    .forEach(extensions::removeChildElement);
            extensions.getElementsQuery().filterByType(CamundaTaskListener.class).list()
                    .forEach(extensions::removeChildElement);
        }
        for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
            removeCamundaAttributes(start, FORM_ATTRIBUTES);
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            removeCamundaAttributes(task, FORM_ATTRIBUTES);
            removeCamundaAttributes(task, DATE_ATTRIBUTES);
            String groups = task.getCamundaCandidateGroups();
            if (groups != null && groups.contains("{")) {
                task.setCamundaCandidateGroups(UNIT_OF_BUSINESS_KEY);
            }
        }
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            removeCamundaAttributes(task, IMPLEMENTATION_ATTRIBUTES);
            task.setCamundaExpression(NOTHING);
        }
        for (CamundaIn in : model.getModelElementsByType(CamundaIn.class)) {
            String expression = in.getCamundaSourceExpression();
            if (expression != null && expression.contains("(")) {
                // a value that the application's beans compute
                in.setCamundaSourceExpression(NOTHING);
            }
        }
        for (MultiInstanceLoopCharacteristics loop : model.getModelElementsByType(MultiInstanceLoopCharacteristics.class)) {
            if (loop.getCamundaCollection() != null) {
                loop.setCamundaCollection(UNITS_VARIABLE);
            }
        }
        for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
            Stream.of(timer.getTimeDate(), timer.getTimeDuration(), timer.getTimeCycle())
                    .filter(Objects::nonNull).forEach(timer::removeChildElement);
            TimeDate farOff = model.newInstance(TimeDate.class);
            farOff.setTextContent(FAR_OFF);
            timer.setTimeDate(farOff);
        }
        String xml = Bpmn.convertToString(model);
        for (String left : List.of("delegateExpression", "camunda:class=", "camunda:executionListener",
                "camunda:taskListener", "formRef")) {
            if (xml.contains(left)) {
                throw new IllegalStateException("the bare model still holds " + left + ": " + xml);
            }
        }
        return model;
    }

    private static void removeCamundaAttributes(ModelElementInstance element, List<String> names) {
        names.forEach(name -> element.removeAttributeNs(CAMUNDA_NS, name));
    }
}
