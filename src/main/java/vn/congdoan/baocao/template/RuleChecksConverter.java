package vn.congdoan.baocao.template;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A rule's checks as one JSON column: they are read and written only with their rule. */
@Converter
class RuleChecksConverter implements AttributeConverter<List<RuleCheck>, String> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String convertToDatabaseColumn(List<RuleCheck> checks) {
        try {
            return JSON.writeValueAsString(checks == null ? List.of() : checks);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Rule checks cannot be written as JSON", e);
        }
    }

    @Override
    public List<RuleCheck> convertToEntityAttribute(String column) {
        try {
            return column == null ? List.of() : JSON.readValue(column, new TypeReference<List<RuleCheck>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored rule checks are not JSON: " + e.getMessage(), e);
        }
    }
}
