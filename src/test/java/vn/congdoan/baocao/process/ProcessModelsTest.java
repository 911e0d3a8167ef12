package vn.congdoan.baocao.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

import vn.congdoan.baocao.process.forms.FormSchema;
import vn.congdoan.baocao.process.plan.PlanFormSamples;
import vn.congdoan.baocao.support.SampleTables;

/**
 * The models in bpmn/, the forms in forms/ and the forms generated for a cycle ({@link CycleForms}) fit
 * together and with {@link ProcessIds}.
 */
class ProcessModelsTest {

    private static final Path BPMN = Path.of("bpmn");
    private static final Path FORMS = Path.of("forms");
    private static final Pattern GENERATED_FORM = Pattern.compile("\\$\\{cycleForms\\.(\\w+)\\(cycleId\\)}");
    private static final Set<String> DISPLAY_ONLY = Set.of("text", "html", "image", "spacer", "separator", "button");

    @Test
    void everyUserTaskOpensAFormThatExists() throws Exception {
        Set<String> formIds = formIds();
        for (BpmnModelInstance model : models()) {
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                assertThat(task.getCamundaFormRef()).as("form of %s", task.getId()).isNotBlank();
                if (task.getCamundaFormRef().startsWith("${")) {
                    // a cycle's form, deployed when its plan is issued
                    Matcher generated = GENERATED_FORM.matcher(task.getCamundaFormRef());
                    assertThat(generated.matches()).as("form of %s", task.getId()).isTrue();
                    assertThat(CycleForms.class.getMethod(generated.group(1), Object.class)).isNotNull();
                    assertThat(task.getCamundaFormRefBinding()).as("form binding of %s", task.getId()).isEqualTo("latest");
                } else {
                    assertThat(formIds).as("form of %s", task.getId()).contains(task.getCamundaFormRef());
                    assertThat(task.getCamundaFormRefBinding()).as("form binding of %s", task.getId()).isEqualTo("deployment");
                }
            }
        }
    }

    /** The start form is generated and deployed on its own: the campaign opens the newest one. */
    @Test
    void theCampaignStartsWithTheGeneratedStartForm() throws Exception {
        StartEvent start = models().stream().flatMap(m -> m.getModelElementsByType(StartEvent.class).stream())
                .filter(e -> e.getId().equals(ProcessIds.START_EVENT_CYCLE_REQUESTED)).findFirst().orElseThrow();
        assertThat(start.getCamundaFormRef()).isEqualTo(ProcessIds.FORM_START_CYCLE);
        assertThat(start.getCamundaFormRefBinding()).isEqualTo("latest");
        assertThat(formIds()).doesNotContain(ProcessIds.FORM_START_CYCLE);
    }

    /** What a completion may set ({@link TaskForms}) is what the task's form submits: no more, no less. */
    @Test
    void everyUserTaskDeclaresExactlyTheFieldsItsFormSubmits() throws Exception {
        Map<String, Set<String>> submitted = submittedFields();
        Set<String> tasks = new HashSet<>();
        for (BpmnModelInstance model : models()) {
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                TaskForms declared = TaskForms.of(task.getId()).orElseThrow(
                        () -> new AssertionError("no declared form fields for " + task.getId()));
                String formId = task.getCamundaFormRef().startsWith("${")
                        ? generatedFormId(task.getCamundaFormRef()) : task.getCamundaFormRef();
                assertThat(formId).as("form of %s", task.getId()).startsWith(declared.formId());
                assertThat(submitted).as("form of %s", task.getId()).containsKey(formId);
                assertThat(declared.undeclared(submitted.get(formId))).as("fields of %s", task.getId()).isEmpty();
                assertThat(submitted.get(formId)).as("fields of %s", task.getId()).containsAll(declared.fields());
                tasks.add(task.getId());
            }
        }
        assertThat(TaskForms.ALL).extracting(TaskForms::taskKey).containsExactlyInAnyOrderElementsOf(tasks);
    }

    @Test
    void everyBpmnIdInProcessIdsIsInAModel() throws IOException {
        Set<String> modelIds = new HashSet<>();
        models().forEach(m -> m.getModelElementsByType(BaseElement.class).forEach(e -> modelIds.add(e.getId())));
        Set<String> formIds = formIds();
        Set<String> generatedPrefixes = new HashSet<>();
        TaskForms.ALL.forEach(form -> generatedPrefixes.add(form.formId()));
        generatedPrefixes.removeAll(formIds);
        // the start form is generated from the units and templates of the day
        generatedPrefixes.add(ProcessIds.FORM_START_CYCLE);
        for (Field field : ProcessIds.class.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers()) || field.getType() != String.class) {
                continue;
            }
            String name = field.getName();
            String value = (String) readConstant(field);
            if (name.startsWith("PROCESS_") || name.startsWith("TASK_") || name.startsWith("START_EVENT_")
                    || name.startsWith("END_EVENT_")) {
                assertThat(modelIds).as(name).contains(value);
            } else if (name.startsWith("FORM_")) {
                assertThat(formIds.contains(value) || generatedPrefixes.contains(value)).as(name).isTrue();
            }
        }
    }

    @Test
    void everyProcessIsExecutableWithAHistoryTimeToLive() throws IOException {
        for (BpmnModelInstance model : models()) {
            for (Process process : model.getModelElementsByType(Process.class)) {
                assertThat(process.isExecutable()).as(process.getId()).isTrue();
                assertThat(process.getCamundaHistoryTimeToLiveString()).as(process.getId()).isNotBlank();
            }
        }
    }

    private static Object readConstant(Field field) {
        try {
            return field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<BpmnModelInstance> models() throws IOException {
        try (Stream<Path> files = Files.list(BPMN)) {
            List<BpmnModelInstance> models = files.filter(p -> p.toString().endsWith(".bpmn"))
                    .map(p -> Bpmn.readModelFromFile(p.toFile())).toList();
            assertThat(models).isNotEmpty();
            return models;
        }
    }

    /** The id of the form a {@code ${cycleForms.…(cycleId)}} reference names for cycle 1. */
    private static String generatedFormId(String reference) throws Exception {
        Matcher generated = GENERATED_FORM.matcher(reference);
        assertThat(generated.matches()).as(reference).isTrue();
        CycleForms forms = new CycleForms(null, null, null);
        return (String) CycleForms.class.getMethod(generated.group(1), Object.class).invoke(forms, 1L);
    }

    /** The variables each form sends when submitted: its keyed input fields, a dotted key by its first part. */
    private static Map<String, Set<String>> submittedFields() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, Set<String>> fields = new HashMap<>();
        List<FormSchema> generated = new ArrayList<>(List.of(CycleForms.generate(1L, SampleTables.FORM)));
        generated.add(PlanFormSamples.draftForm());
        for (FormSchema schema : generated) {
            Set<String> keys = new HashSet<>();
            collectKeys(json.readTree(schema.toJson()), keys);
            fields.put(schema.id(), keys);
        }
        try (Stream<Path> files = Files.list(FORMS)) {
            for (Path form : files.filter(p -> p.toString().endsWith(".form")).toList()) {
                JsonNode node = json.readTree(form.toFile());
                Set<String> keys = new HashSet<>();
                collectKeys(node, keys);
                fields.put(node.path("id").asText(), keys);
            }
        }
        return fields;
    }

    private static void collectKeys(JsonNode node, Set<String> keys) {
        for (JsonNode component : node.path("components")) {
            String key = component.path("key").asText("");
            if (!key.isEmpty() && !DISPLAY_ONLY.contains(component.path("type").asText())) {
                keys.add(key.split("\\.")[0]);
            }
            collectKeys(component, keys);
        }
    }

    private static Set<String> formIds() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Set<String> ids = new HashSet<>();
        try (Stream<Path> files = Files.list(FORMS)) {
            for (Path form : files.filter(p -> p.toString().endsWith(".form")).toList()) {
                JsonNode node = json.readTree(form.toFile());
                assertThat(node.path("schemaVersion").asInt()).as("schemaVersion of %s", form).isLessThanOrEqualTo(16);
                ids.add(node.path("id").asText());
            }
        }
        return ids;
    }

}
