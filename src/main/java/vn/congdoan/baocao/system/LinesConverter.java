package vn.congdoan.baocao.system;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a short list of one-line texts in one column, a line each. */
@Converter
public class LinesConverter implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> lines) {
        return lines == null || lines.isEmpty() ? null : String.join("\n", lines);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return column == null || column.isEmpty() ? List.of() : List.of(column.split("\n", -1));
    }
}
