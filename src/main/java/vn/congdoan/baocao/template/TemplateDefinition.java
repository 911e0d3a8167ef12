package vn.congdoan.baocao.template;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
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
        groups = List.copyOf(groups);
        indicators = List.copyOf(indicators);
        outline = List.copyOf(outline);
        rules = List.copyOf(rules);
        cycleDefaults = cycleDefaults == null ? JsonNodeFactory.instance.objectNode() : cycleDefaults;
    }

    /** What makes this definition unusable; empty when it is consistent. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        Set<String> groupNumbers = uniqueKeys(groups, IndicatorGroup::number, "group", problems);
        Set<String> indicatorCodes = uniqueKeys(indicators, Indicator::code, "indicator", problems);
        Set<String> sectionCodes = uniqueKeys(outline, OutlineSection::code, "outline section", problems);
        uniqueKeys(rules, ValidationRule::id, "rule", problems);
        groups.stream().filter(g -> g.parent() != null && !groupNumbers.contains(g.parent()))
                .forEach(g -> problems.add("group " + g.number() + ": unknown parent " + g.parent()));
        for (Indicator indicator : indicators) {
            if (!groupNumbers.contains(indicator.group())) {
                problems.add("indicator " + indicator.code() + ": unknown group " + indicator.group());
            }
            if (indicator.total() == null || indicator.unit() == null || indicator.label() == null) {
                problems.add("indicator " + indicator.code() + ": label, unit and total are required");
            }
            if (indicator.copyOf() != null && !indicatorCodes.contains(indicator.copyOf())) {
                problems.add("indicator " + indicator.code() + ": copies unknown indicator " + indicator.copyOf());
            }
        }
        outline.stream().filter(s -> s.parent() != null && !sectionCodes.contains(s.parent()))
                .forEach(s -> problems.add("outline section " + s.code() + ": unknown parent " + s.parent()));
        rules.stream().filter(r -> r.severity() == null)
                .forEach(r -> problems.add("rule " + r.id() + ": severity is required"));
        rules.forEach(r -> problems.addAll(RuleExpressions.problems(r, indicatorCodes)));
        if (documents == null) {
            problems.add("documents: the texts of the plan and the reports are required");
        } else {
            problems.addAll(documents.problems());
        }
        allTexts().filter(t -> !Normalizer.isNormalized(t, Normalizer.Form.NFC))
                .forEach(t -> problems.add("text not in Unicode NFC: " + t));
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
                problems.add(what + " without a code");
            } else if (!seen.add(k)) {
                problems.add(what + " " + k + " appears twice");
            }
        }
        return seen;
    }
}
