package vn.congdoan.baocao.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What every error answer of the API must be: JSON, its status, a Vietnamese message with no Java or Jackson in it. */
public final class ErrorAnswers {

    /** Words of Java, Jackson, Spring or Tomcat that a message for the user must not carry. */
    public static final Pattern FOREIGN = Pattern.compile("java\\.|jakarta\\.|com\\.fasterxml|org\\.springframework"
            + "|Exception|JsonToken|Cannot |deserialize|JSON parse error|Required request|not supported|Unexpected"
            + "|Unrecognized|Invalid|token|Bad Request|Not Found|Method Not|Media Type|<html|<!doctype",
            Pattern.CASE_INSENSITIVE);
    /** A letter only Vietnamese writes (ă â đ ê ô ơ ư or a tone mark). */
    private static final Pattern VIETNAMESE = Pattern.compile("[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]",
            Pattern.CASE_INSENSITIVE);
    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorAnswers() {
    }

    /** Asserts the answer and gives its message. */
    public static String message(int status, String contentType, String body, int expectedStatus) {
        assertThat(status).as(body).isEqualTo(expectedStatus);
        assertThat(contentType).as(body).startsWith("application/json");
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
        String message = json.path("message").asText();
        assertThat(json.path("status").asInt()).isEqualTo(expectedStatus);
        assertVietnamese(message);
        return message;
    }

    public static String message(RawRequests.Answer answer, int expectedStatus) {
        return message(answer.status(), answer.contentType(), answer.body(), expectedStatus);
    }

    public static void assertVietnamese(String message) {
        assertThat(message).isNotBlank();
        assertThat(VIETNAMESE.matcher(message).find()).as("Vietnamese: " + message).isTrue();
        assertThat(FOREIGN.matcher(message).find()).as("no Java, Jackson or Tomcat English: " + message).isFalse();
    }
}
