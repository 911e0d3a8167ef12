package vn.congdoan.baocao.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A template's document texts as one JSON column: they are read and written only with their template. */
@Converter
class DocumentTextsConverter implements AttributeConverter<DocumentTexts, String> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String convertToDatabaseColumn(DocumentTexts texts) {
        try {
            return texts == null ? null : JSON.writeValueAsString(texts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Document texts cannot be written as JSON", e);
        }
    }

    @Override
    public DocumentTexts convertToEntityAttribute(String column) {
        try {
            return column == null ? null : JSON.readValue(column, DocumentTexts.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored document texts are not JSON: " + e.getMessage(), e);
        }
    }
}
