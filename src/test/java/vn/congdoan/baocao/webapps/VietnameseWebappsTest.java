package vn.congdoan.baocao.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every label that Camunda's webapps ship in English has its Vietnamese, with the same placeholders and
 * markup: a Camunda upgrade that brings new labels fails here instead of showing English to the users.
 */
class VietnameseWebappsTest {

    private static final String APPS = "META-INF/resources/webjars/camunda/app/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{.*?}}|%[sd]|\\{[A-Za-z0-9_]+}");
    /** Markup, not a word in angle brackets shown as such ("<definition>", "<null>"). */
    private static final Pattern TAG = Pattern.compile(
            "</?(a|b|br|code|div|em|i|li|p|pre|span|strong|u|ul|ol|small|h[1-6])\\b", Pattern.CASE_INSENSITIVE);
    /** English's plural ending, which Vietnamese does not write. */
    private static final String PLURAL_ENDING = "s";
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void everyEnglishLabelHasItsVietnamese(String app) throws IOException {
        JsonNode english = read(app, "en").get("labels");
        JsonNode vietnamese = read(app, "vi").get("labels");

        List<String> problems = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> labels = english.fields(); labels.hasNext(); ) {
            Map.Entry<String, JsonNode> label = labels.next();
            String key = label.getKey();
            String en = label.getValue().asText();
            JsonNode vi = vietnamese.get(key);
            if (vi == null || !vi.isTextual()) {
                problems.add(key + ": no Vietnamese");
                continue;
            }
            String text = vi.asText();
            if (!en.isBlank() && text.isBlank() && !en.equals(PLURAL_ENDING)) {
                problems.add(key + ": empty");
            }
            if (!all(PLACEHOLDER, en, 0).equals(all(PLACEHOLDER, text, 0))) {
                problems.add(key + ": placeholders " + all(PLACEHOLDER, en, 0) + " in English, "
                        + all(PLACEHOLDER, text, 0) + " in Vietnamese");
            }
            if (!all(TAG, en, 1).equals(all(TAG, text, 1))) {
                problems.add(key + ": markup " + all(TAG, en, 1) + " in English, " + all(TAG, text, 1) + " in Vietnamese");
            }
            if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
                problems.add(key + ": not NFC");
            }
        }
        vietnamese.fieldNames().forEachRemaining(key -> {
            if (!english.has(key)) {
                problems.add(key + ": not a label of this Camunda");
            }
        });
        assertThat(problems).as(app + "/locales/vi.json").isEmpty();
        assertThat(vietnamese.size()).isEqualTo(english.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin"})
    void datesAreWrittenAsVietnameseReadThem(String app) throws IOException {
        JsonNode english = read(app, "en").get("dateLocales");
        JsonNode vietnamese = read(app, "vi").get("dateLocales");

        assertThat(keys(vietnamese)).containsAll(keys(english));
        assertThat(vietnamese.at("/longDateFormat/L").asText()).isEqualTo("DD/MM/YYYY");
        assertThat(vietnamese.at("/longDateFormat/LT").asText()).isEqualTo("HH:mm");
        assertThat(vietnamese.at("/week/dow").asInt()).as("the week starts on Monday").isEqualTo(1);
        assertThat(vietnamese.get("weekdays").get(1).asText()).isEqualTo("Thứ Hai");
        assertThat(vietnamese.get("months").get(11).asText()).isEqualTo("tháng 12");
    }

    private static JsonNode read(String app, String locale) throws IOException {
        String path = APPS + app + "/locales/" + locale + ".json";
        try (InputStream in = VietnameseWebappsTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        }
    }

    private static List<String> all(Pattern pattern, String text, int group) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(group).replaceAll("\\s+", ""));
        }
        found.sort(null);
        return found;
    }

    private static TreeSet<String> keys(JsonNode node) {
        TreeSet<String> keys = new TreeSet<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
