package vn.congdoan.baocao.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
class JsonObjectConverter implements AttributeConverter<ObjectNode, String> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String convertToDatabaseColumn(ObjectNode node) {
        return node == null ? null : node.toString();
    }

    @Override
    public ObjectNode convertToEntityAttribute(String column) {
        try {
            return column == null ? JSON.createObjectNode() : (ObjectNode) JSON.readTree(column);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored cycle defaults are not JSON: " + e.getMessage(), e);
        }
    }
}
