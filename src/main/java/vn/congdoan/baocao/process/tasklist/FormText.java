package vn.congdoan.baocao.process.tasklist;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * A text that a form shows, as a Json variable {@code {"text": …}} read by {@code {{name.text}}}:
 * an engine String variable holds at most 4,000 characters, and a summary naming a thousand units
 * is longer.
 */
public final class FormText {

    static final String FIELD = "text";

    private static final ObjectMapper JSON = new ObjectMapper();

    private FormText() {
    }

    public static TypedValue of(String text) {
        ObjectNode node = JSON.createObjectNode();
        node.put(FIELD, text);
        return SpinValues.jsonValue(node.toString()).create();
    }
}
