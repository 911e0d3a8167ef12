package vn.congdoan.baocao.template;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A campaign template as written in {@code templates/*.yaml}: indicator catalogue, outline and rules,
 * the values a cycle takes for the parameters it leaves out ({@code cycleDefaults}), and the fixed wording
 * of its documents.
 */
public record TemplateDefinition(
        String code,
        int version,
        String name,
        String tableTitle,
        String outlineTitle,
        String outlineSubtitle,
        ObjectNode cycleDefaults,
        List<IndicatorGroup> groups,
        List<Indicator> indicators,
        List<OutlineSection> outline,
        List<ValidationRule> rules,
        DocumentTexts documents) {

    public TemplateDefinition {
        groups = groups == null ? List.of() : List.copyOf(groups);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        outline = outline == null ? List.of() : List.copyOf(outline);
        rules = rules == null ? List.of() : List.copyOf(rules);
        cycleDefaults = cycleDefaults == null ? JsonNodeFactory.instance.objectNode() : cycleDefaults;
    }

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");

    /** What makes this definition unusable; empty when it is consistent. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (code == null || !CODE.matcher(code).matches()) {
            problems.add("code: mã mẫu «" + code + "» chỉ được gồm chữ thường không dấu, chữ số, dấu chấm, gạch dưới, "
                    + "gạch ngang (tối đa 100 ký tự)");
        }
        if (version < 1) {
            problems.add("version: phiên bản phải là số nguyên từ 1 trở lên, không phải " + version);
        }
        if (name == null || name.isBlank() || tableTitle == null || outlineTitle == null) {
            problems.add("cần có name, tableTitle và outlineTitle (tên mẫu, tên bảng số liệu, tên đề cương)");
        }
        if (indicators.isEmpty()) {
            problems.add("indicators: chưa có chỉ tiêu nào");
        }
        if (outline.isEmpty()) {
            problems.add("outline: chưa có mục đề cương nào");
        }
        Set<String> groupNumbers = uniqueKeys(groups, IndicatorGroup::number, "nhóm chỉ tiêu", problems);
        Set<String> indicatorCodes = uniqueKeys(indicators, Indicator::code, "chỉ tiêu", problems);
        Set<String> sectionCodes = uniqueKeys(outline, OutlineSection::code, "mục đề cương", problems);
        uniqueKeys(rules, ValidationRule::id, "quy tắc", problems);
        groups.stream().filter(g -> g.parent() != null && !groupNumbers.contains(g.parent()))
                .forEach(g -> problems.add("nhóm chỉ tiêu " + g.number() + ": nhóm cha «" + g.parent() + "» không có"));
        for (Indicator indicator : indicators) {
            if (!groupNumbers.contains(indicator.group())) {
                problems.add("chỉ tiêu " + indicator.code() + ": nhóm «" + indicator.group() + "» không có");
            }
            if (indicator.total() == null || indicator.unit() == null || indicator.label() == null) {
                problems.add("chỉ tiêu " + indicator.code() + ": cần có label, unit và total (tên, đơn vị tính, cách cộng)");
            }
            if (indicator.copyOf() != null && !indicatorCodes.contains(indicator.copyOf())) {
                problems.add("chỉ tiêu " + indicator.code() + ": chép từ chỉ tiêu «" + indicator.copyOf() + "» không có");
            }
        }
        outline.stream().filter(s -> s.parent() != null && !sectionCodes.contains(s.parent()))
                .forEach(s -> problems.add("mục đề cương " + s.code() + ": mục cha «" + s.parent() + "» không có"));
        rules.stream().filter(r -> r.severity() == null)
                .forEach(r -> problems.add("quy tắc " + r.id() + ": cần có severity (ERROR hoặc WARNING)"));
        rules.forEach(r -> problems.addAll(RuleExpressions.problems(r, indicatorCodes)));
        if (documents == null) {
            problems.add("documents: cần có nội dung văn bản của kế hoạch và các báo cáo");
        } else {
            problems.addAll(documents.problems());
        }
        allTexts().filter(t -> !Normalizer.isNormalized(t, Normalizer.Form.NFC))
                .forEach(t -> problems.add("chữ không ở dạng Unicode dựng sẵn (NFC), hãy gõ lại bằng bộ gõ Unicode dựng sẵn: «" + t + "»"));
        return problems;
    }

    /** The leaf sections: the texts a report is made of. */
    public List<OutlineSection> textSections() {
        Set<String> parents = outline.stream().map(OutlineSection::parent).collect(Collectors.toSet());
        return outline.stream().filter(s -> !parents.contains(s.code())).toList();
    }

    private Stream<String> allTexts() {
        return Stream.of(
                        Stream.of(name, tableTitle, outlineTitle, outlineSubtitle),
                        groups.stream().flatMap(g -> Stream.of(g.title(), g.unit())),
                        indicators.stream().flatMap(i -> Stream.of(i.label(), i.unit(), i.note())),
                        outline.stream().flatMap(s -> Stream.concat(Stream.of(s.number(), s.title(), s.lead()),
                                s.hints().stream())),
                        rules.stream().map(ValidationRule::description),
                        rules.stream().flatMap(r -> r.checks().stream()).map(RuleCheck::message),
                        documents == null ? Stream.<String>empty() : documents.texts())
                .flatMap(Function.identity())
                .filter(t -> t != null);
    }

    private static <T> Set<String> uniqueKeys(List<T> items, Function<T, String> key, String what, List<String> problems) {
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            String k = key.apply(item);
            if (k == null || k.isBlank()) {
                problems.add(what + " thiếu mã");
            } else if (!seen.add(k)) {
                problems.add(what + " " + k + " xuất hiện hai lần");
            }
        }
        return seen;
    }
}
