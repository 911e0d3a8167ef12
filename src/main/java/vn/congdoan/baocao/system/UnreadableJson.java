package vn.congdoan.baocao.system;

import java.io.CharConversionException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * Says in Vietnamese why a JSON body could not be read, naming the field where the reader knows it,
 * instead of the reader's English and Java type names.
 */
public final class UnreadableJson {

    public static final String MISSING_BODY = "Thiếu nội dung yêu cầu: cần gửi một đối tượng JSON {…} (Content-Type: "
            + "application/json, mã UTF-8).";

    private static final String LEAD = "Nội dung yêu cầu không đọc được: ";
    private static final String NOT_UTF8 = "có byte không đúng mã UTF-8; hãy gửi văn bản mã UTF-8";

    private UnreadableJson() {
    }

    /** The message for a body that could not be read; {@code error} is what the reader threw (or wraps it). */
    public static String describe(Throwable error) {
        // the reader wraps what the parser throws inside a value in a mapping error that carries the path
        StreamConstraintsException limit = find(error, StreamConstraintsException.class);
        JsonParseException parse = find(error, JsonParseException.class);
        MismatchedInputException mismatch = find(error, MismatchedInputException.class);
        JsonMappingException mapping = find(error, JsonMappingException.class);
        String field = mapping == null || mapping.getPath().isEmpty() ? "" : path(mapping);
        if (find(error, CharConversionException.class) != null) {
            return LEAD + NOT_UTF8 + at(field) + ".";
        }
        if (limit != null) {
            return LEAD + constraint(limit) + at(field) + ".";
        }
        if (parse != null) {
            String where = where(parse);
            return LEAD + syntax(parse) + (where.isEmpty() ? at(field) : where) + ".";
        }
        if (mismatch != null) {
            return mismatch(mismatch);
        }
        if (!field.isEmpty()) {
            return LEAD + "trường «" + field + "» có giá trị không dùng được.";
        }
        return LEAD + "cần một đối tượng JSON (Content-Type: application/json, mã UTF-8).";
    }

    /** @param byteNumber where the first byte that is no UTF-8 stands, counted from 1 */
    public static String notUtf8(long byteNumber) {
        return LEAD + NOT_UTF8 + " (ở byte thứ " + byteNumber + ").";
    }

    private static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String at(String field) {
        return field.isEmpty() ? "" : " (ở trường «" + field + "»)";
    }

    private static String mismatch(MismatchedInputException mismatch) {
        if (mismatch.getPath().isEmpty()) {
            if (token(mismatch).isEmpty()) {
                return MISSING_BODY;
            }
            return LEAD + "cần " + expected(mismatch.getTargetType()) + found(mismatch) + ".";
        }
        return LEAD + "trường «" + path(mismatch) + "» cần " + expected(mismatch.getTargetType()) + found(mismatch)
                + ".";
    }

    private static String syntax(JsonParseException parse) {
        String original = parse.getOriginalMessage() == null ? "" : parse.getOriginalMessage();
        if (original.startsWith("Unexpected end-of-input")) {
            return "nội dung bị cắt ngang (thiếu phần cuối của JSON)";
        }
        if (original.contains("'NaN'") || original.contains("Infinity")) {
            return "NaN và Infinity không phải số trong JSON; hãy ghi một số, hoặc null nếu để trống";
        }
        if (original.contains("UTF-8")) {
            return NOT_UTF8;
        }
        if (original.contains("Leading zeroes") || original.contains("numeric value")) {
            return "có số viết sai dạng JSON";
        }
        if (original.startsWith("Illegal unquoted character")) {
            return "có ký tự điều khiển chưa được viết dạng \\uXXXX trong chuỗi";
        }
        return "sai cú pháp JSON";
    }

    private static String constraint(StreamConstraintsException limit) {
        String original = limit.getOriginalMessage() == null ? "" : limit.getOriginalMessage();
        if (original.contains("nesting depth")) {
            return "JSON lồng nhau quá sâu (quá 1 000 tầng)";
        }
        if (original.startsWith("Number value length")) {
            return "có số quá dài";
        }
        if (original.startsWith("String value length")) {
            return "có chuỗi quá dài";
        }
        return "nội dung vượt giới hạn đọc được";
    }

    /** Where the parser stood: the field (more exact than the path a wrapping error carries), or nothing known. */
    private static String where(JsonParseException parse) {
        JsonParser parser = parse.getProcessor();
        return parser == null ? "" : at(path(parser.getParsingContext()));
    }

    private static String path(JsonStreamContext context) {
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                path.insert(0, (path.isEmpty() || path.charAt(0) == '[' ? "" : ".")).insert(0, c.getCurrentName());
            } else if (c.inArray()) {
                path.insert(0, "[" + Math.max(c.getCurrentIndex(), 0) + "]");
            }
        }
        return StoredText.quote(path.toString());
    }

    private static String path(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return StoredText.quote(path.toString());
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "giá trị khác";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "một đối tượng JSON {…}";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "một mảng JSON […]";
        }
        if (CharSequence.class.isAssignableFrom(type) || type.isEnum()) {
            return "một chuỗi văn bản";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class || type == double.class
                || type == BigDecimal.class || type == BigInteger.class) {
            return "một số";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true hoặc false";
        }
        return "một đối tượng JSON {…}";
    }

    private static String found(MismatchedInputException mismatch) {
        return token(mismatch).map(token -> switch (token) {
            case START_ARRAY -> ", không phải một mảng";
            case START_OBJECT -> ", không phải một đối tượng";
            case VALUE_STRING -> ", không phải một chuỗi";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> ", không phải một số";
            case VALUE_TRUE, VALUE_FALSE -> ", không phải true/false";
            default -> "";
        }).orElse("");
    }

    private static Optional<JsonToken> token(MismatchedInputException mismatch) {
        return mismatch.getProcessor() instanceof JsonParser parser ? Optional.ofNullable(parser.currentToken())
                : Optional.empty();
    }
}
