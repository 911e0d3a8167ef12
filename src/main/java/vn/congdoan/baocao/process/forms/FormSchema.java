package vn.congdoan.baocao.process.forms;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * A Camunda Form as form-js 1.8 (schema version 16, the one Tasklist 7.24 renders) reads it: the
 * typed contract the report forms are written with, serialized by Jackson.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FormSchema(String id, String type, int schemaVersion, String executionPlatform,
                         String executionPlatformVersion, List<FormComponent> components) {

    static final int SCHEMA_VERSION = 16;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public FormSchema {
        components = List.copyOf(components);
    }

    public static FormSchema of(String id, List<FormComponent> components) {
        return new FormSchema(id, "default", SCHEMA_VERSION, "Camunda Platform", "7.24.0", components);
    }

    /** The form as deployed: a {@code .form} resource. */
    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A form schema is always serializable", e);
        }
    }

    public static FormSchema fromJson(String json) {
        try {
            return JSON.readValue(json, FormSchema.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a form schema: " + e.getOriginalMessage(), e);
        }
    }
}
