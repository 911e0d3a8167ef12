package vn.congdoan.baocao.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.variable.value.SerializableValue;

import vn.congdoan.baocao.system.BadRequestException;

/** A Json variable as a form sent it (a Spin value, its serialized text, or a string), read as a tree. */
public final class JsonVariables {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonVariables() {
    }

    public static JsonNode read(Object variable) {
        if (variable == null) {
            return JSON.nullNode();
        }
        try {
            return JSON.readTree(variable instanceof SerializableValue serialized
                    ? serialized.getValueSerialized() : variable.toString());
        } catch (JsonProcessingException e) {
            throw new BadRequestException("Dữ liệu biểu mẫu gửi lên không phải JSON. Không có gì được lưu.");
        }
    }
}
