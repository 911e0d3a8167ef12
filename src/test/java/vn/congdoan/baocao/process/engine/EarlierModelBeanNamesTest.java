package vn.congdoan.baocao.process.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import vn.congdoan.baocao.support.EmbeddedAppTest;

/**
 * Every bean that a model names, the current ones and those of earlier releases whose instances may
 * still run (src/test/resources/legacy: the release before the forms per cycle, and the release before
 * the listeners were named by their event), is found in the application.
 */
class EarlierModelBeanNamesTest extends EmbeddedAppTest {

    private static final Pattern DELEGATE_EXPRESSION = Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"");
    private static final List<Path> MODELS = List.of(Path.of("bpmn/campaign.bpmn"), Path.of("bpmn/reminders.bpmn"),
            Path.of("bpmn/unit-report.bpmn"), Path.of("src/test/resources/legacy/campaign.bpmn"),
            Path.of("src/test/resources/legacy/reminders.bpmn"),
            Path.of("src/test/resources/legacy/unit-report-cycle-forms.bpmn"),
            Path.of("src/test/resources/legacy/unit-report.bpmn"));

    @Autowired
    ApplicationContext context;

    @Test
    void everyDelegateExpressionOfTheCurrentAndEarlierModelsIsABean() throws IOException {
        Set<String> names = new TreeSet<>();
        for (Path model : MODELS) {
            DELEGATE_EXPRESSION.matcher(Files.readString(model)).results().forEach(m -> names.add(m.group(1)));
        }
        assertThat(names).contains("fillReportListener", "unitReportTaskCompletedListener", "createCycleListener");
        assertThat(names).allSatisfy(name -> assertThat(context.containsBean(name)).as(name).isTrue());
    }

    @Test
    void anEarlierNameIsTheBeanOfItsCurrentName() {
        EarlierModelBeanNames.EARLIER_NAMES.forEach((earlier, current) ->
                assertThat(context.getBean(earlier)).as(earlier).isSameAs(context.getBean(current)));
    }
}
