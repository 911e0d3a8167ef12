package vn.congdoan.baocao.process.forms;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One component of a Camunda Form (form-js 1.8): the fields of it the report forms use. A keyed
 * component submits its value under its key; a dotted key is a path into a Json variable.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FormComponent(String id, String type, String key, String label, String text, String expression,
                            String computeOn, Boolean readonly, Validate validate, Conditional conditional,
                            Layout layout, List<Choice> values, String dataSource, List<Column> columns,
                            String description, Object defaultValue, String valuesExpression, String subtype,
                            String dateLabel, String columnsExpression) {

    public record Validate(Boolean required, Integer maxLength) {
    }

    /** A FEEL expression ({@code =…}); the component is neither shown, validated nor submitted while it holds. */
    public record Conditional(String hide) {
    }

    /** Components of one {@code row} share a line of 16 columns. */
    public record Layout(String row, Integer columns) {
    }

    public record Choice(String label, String value) {
    }

    public record Column(String label, String key) {
    }

    /** The line of the form the component is on; null when it has one of its own. */
    public String row() {
        return layout == null ? null : layout.row();
    }

    private static FormComponent of(String id, String type, String key, String label) {
        return new FormComponent(id, type, key, label, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null);
    }

    public static FormComponent text(String id, String text) {
        return of(id, "text", null, null).withText(text);
    }

    public static FormComponent textField(String id, String key, String label) {
        return of(id, "textfield", key, label);
    }

    public static FormComponent textArea(String id, String key, String label) {
        return of(id, "textarea", key, label);
    }

    public static FormComponent radio(String id, String key, String label, List<Choice> choices) {
        return of(id, "radio", key, label).validated(new Validate(true, null)).withValues(choices);
    }

    public static FormComponent select(String id, String key, String label, List<Choice> choices) {
        return of(id, "select", key, label).validated(new Validate(true, null)).withValues(choices);
    }

    /** A date (form-js submits {@code yyyy-MM-dd}), entered and shown as Vietnamese read it. */
    public static FormComponent date(String id, String key, String label) {
        return new FormComponent(id, "datetime", key, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, "date", label, null);
    }

    /** Boxes to tick, the choices computed by a FEEL expression over the form's other fields. */
    public static FormComponent checklist(String id, String key, String label, String valuesExpression) {
        return new FormComponent(id, "checklist", key, label, null, null, null, null, null, null, null, null, null, null,
                null, null, valuesExpression, null, null, null);
    }

    /** A value computed when the form is submitted, and submitted with it; not shown. */
    public static FormComponent computedOnSubmit(String id, String key, String expression) {
        return new FormComponent(id, "expression", key, null, null, expression, "presubmit", null, null, null, null,
                null, null, null, null, null, null, null, null, null);
    }

    /** A read-only table whose rows are a list variable of objects with the columns' keys. */
    static FormComponent table(String id, String label, String dataSource, List<Column> columns) {
        return new FormComponent(id, "table", null, label, null, null, null, null, null, null, null, null,
                dataSource, columns, null, null, null, null, null, null);
    }

    /** A table whose columns are those a FEEL expression gives, or its own columns when that gives none. */
    FormComponent withColumnsFrom(String feel) {
        return new FormComponent(id, type, key, label, text, expression, computeOn, readonly, validate, conditional,
                layout, values, dataSource, columns, description, defaultValue, valuesExpression, subtype, dateLabel,
                feel);
    }

    FormComponent readOnly() {
        return new FormComponent(id, type, key, label, text, expression, computeOn, true, validate, conditional, layout,
                values, dataSource, columns, description, defaultValue, valuesExpression, subtype, dateLabel,
                columnsExpression);
    }

    public FormComponent validated(Validate validation) {
        return new FormComponent(id, type, key, label, text, expression, computeOn, readonly, validation, conditional,
                layout, values, dataSource, columns, description, defaultValue, valuesExpression, subtype, dateLabel,
                columnsExpression);
    }

    public FormComponent hiddenWhen(String feel) {
        return new FormComponent(id, type, key, label, text, expression, computeOn, readonly, validate,
                new Conditional("=" + feel), layout, values, dataSource, columns, description, defaultValue,
                valuesExpression, subtype, dateLabel, columnsExpression);
    }

    public FormComponent inRow(String row, Integer width) {
        return new FormComponent(id, type, key, label, text, expression, computeOn, readonly, validate, conditional,
                new Layout(row, width), values, dataSource, columns, description, defaultValue, valuesExpression,
                subtype, dateLabel, columnsExpression);
    }

    public FormComponent describedAs(String help) {
        return new FormComponent(id, type, key, label, text, expression, computeOn, readonly, validate, conditional,
                layout, values, dataSource, columns, help, defaultValue, valuesExpression, subtype, dateLabel,
                columnsExpression);
    }

    /** The value the field shows until the user changes it; null shows it empty. */
    public FormComponent withDefault(Object value) {
        return new FormComponent(id, type, key, label, text, expression, computeOn, readonly, validate, conditional,
                layout, values, dataSource, columns, description, value, valuesExpression, subtype, dateLabel,
                columnsExpression);
    }

    private FormComponent withText(String markdown) {
        return new FormComponent(id, type, key, label, markdown, expression, computeOn, readonly, validate, conditional,
                layout, values, dataSource, columns, description, defaultValue, valuesExpression, subtype, dateLabel,
                columnsExpression);
    }

    private FormComponent withValues(List<Choice> choices) {
        return new FormComponent(id, type, key, label, text, expression, computeOn, readonly, validate, conditional,
                layout, choices, dataSource, columns, description, defaultValue, valuesExpression, subtype,
                dateLabel, columnsExpression);
    }
}
