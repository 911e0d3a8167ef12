package vn.congdoan.baocao.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.expression.MapAccessor;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.EvaluationException;
import org.springframework.expression.Expression;
import org.springframework.expression.spel.support.SimpleEvaluationContext;

import vn.congdoan.baocao.cycle.Period;
import vn.congdoan.baocao.template.Indicator;
import vn.congdoan.baocao.template.RuleCheck;
import vn.congdoan.baocao.template.RuleExpressions;
import vn.congdoan.baocao.template.RuleScope;
import vn.congdoan.baocao.template.TemplateDefinition;
import vn.congdoan.baocao.template.TotalRule;
import vn.congdoan.baocao.template.ValidationRule;

/**
 * The template's validation rules applied to a table (a unit's or the province's sums). A PERIOD
 * check is skipped in a period where a value it reads is blank: blanks are reported on their own.
 */
public final class TableRules {

    /** Reads a map's entries as properties and nothing else: no types, methods or beans. */
    private static final EvaluationContext CONTEXT = SimpleEvaluationContext.forPropertyAccessors(new MapAccessor())
            .build();
    private static final Map<List<ValidationRule>, List<CompiledRule>> COMPILED = new ConcurrentHashMap<>();

    private TableRules() {
    }

    /** Every failed check, rule by rule, period by period; values by indicator code, then period code. */
    public static List<Violation> check(ReportForm form, Map<String, Map<String, Long>> values) {
        return check(form, values, null);
    }

    /**
     * As {@link #check(ReportForm, Map)}, the first period also compared with the unit's figures of the
     * earlier cycle when they are complete ({@code earlier} may be null).
     */
    public static List<Violation> check(ReportForm form, Map<String, Map<String, Long>> values, EarlierFigures earlier) {
        List<Violation> violations = new ArrayList<>();
        EarlierFigures comparable = earlier != null && earlier.complete() ? earlier : null;
        for (CompiledRule rule : compiled(form.template())) {
            if (rule.rule.scope() == RuleScope.INDICATOR) {
                checkEachIndicator(rule, form, values, comparable, violations);
            } else {
                checkEachPeriod(rule, form, values, violations);
            }
        }
        return violations;
    }

    private static void checkEachPeriod(CompiledRule rule, ReportForm form, Map<String, Map<String, Long>> values,
                                        List<Violation> violations) {
        Map<String, Indicator> indicators = form.indicatorsByCode();
        for (Period period : form.periods()) {
            Map<String, Object> column = new HashMap<>();
            values.forEach((code, periods) -> column.put(code, periods.get(period.code())));
            for (CompiledCheck check : rule.checks) {
                if (check.reads.stream().anyMatch(code -> column.get(code) == null)) {
                    continue;
                }
                if (!holds(check, column)) {
                    Map<String, Object> shown = new HashMap<>();
                    indicators.values().forEach(i -> shown.put(i.code(), mention(i, column.get(i.code()))));
                    shown.put(RuleExpressions.VALUES, column);
                    violations.add(violation(rule, check, check.reads.get(0), period, shown));
                }
            }
        }
    }

    private static void checkEachIndicator(CompiledRule rule, ReportForm form, Map<String, Map<String, Long>> values,
                                           EarlierFigures earlier, List<Violation> violations) {
        List<Period> periods = form.periods();
        for (Indicator indicator : form.enteredIndicators()) {
            Map<String, Long> row = values.getOrDefault(indicator.code(), Map.of());
            for (int p = 0; p < periods.size(); p++) {
                Long value = row.get(periods.get(p).code());
                if (value == null) {
                    continue;
                }
                BigDecimal median = medianOfOthers(row, periods, p);
                Long previous = p == 0 ? null : row.get(periods.get(p - 1).code());
                Long earlierValue = p == 0 && earlier != null ? earlier.latest(indicator.code()) : null;
                Map<String, Object> scope = new HashMap<>();
                scope.put("value", value);
                scope.put("median", median);
                scope.put("previous", previous);
                scope.put("stock", indicator.total() == TotalRule.LAST);
                scope.put("earlier", earlierValue);
                for (CompiledCheck check : rule.checks) {
                    if (!holds(check, scope)) {
                        Map<String, Object> shown = new HashMap<>();
                        shown.put("row", "«" + indicator.label() + "»");
                        shown.put("value", value);
                        shown.put("median", median == null ? null : median.toPlainString().replace('.', ','));
                        shown.put("previous", previous);
                        shown.put("previousPeriod", p == 0 ? null : periods.get(p - 1).label());
                        shown.put("earlier", earlierValue);
                        shown.put("earlierPeriod", earlierValue == null ? null : earlier.periodName());
                        violations.add(violation(rule, check, indicator.code(), periods.get(p), shown));
                    }
                }
            }
        }
    }

    private static boolean holds(CompiledCheck check, Map<String, Object> root) {
        try {
            return Boolean.TRUE.equals(check.condition.getValue(CONTEXT, root, Boolean.class));
        } catch (EvaluationException e) {
            throw new IllegalStateException("Rule check «" + check.source.expression() + "» cannot be evaluated: "
                    + e.getMessage(), e);
        }
    }

    private static Violation violation(CompiledRule rule, CompiledCheck check, String indicator, Period period,
                                       Map<String, Object> shown) {
        String text = check.message.getValue(CONTEXT, shown, String.class);
        return new Violation(rule.rule.id(), rule.rule.severity(), indicator, period.code(), null,
                period.label() + ": " + text + " (" + rule.rule.id() + ")");
    }

    /** The median of the indicator's known values in the other periods; null when there are none. */
    static BigDecimal medianOfOthers(Map<String, Long> row, List<Period> periods, int except) {
        List<Long> others = new ArrayList<>();
        for (int p = 0; p < periods.size(); p++) {
            Long value = row.get(periods.get(p).code());
            if (p != except && value != null) {
                others.add(value);
            }
        }
        if (others.isEmpty()) {
            return null;
        }
        others.sort(null);
        int middle = others.size() / 2;
        if (others.size() % 2 == 1) {
            return BigDecimal.valueOf(others.get(middle));
        }
        return BigDecimal.valueOf(others.get(middle - 1)).add(BigDecimal.valueOf(others.get(middle)))
                .divide(BigDecimal.valueOf(2), 1, RoundingMode.UNNECESSARY).stripTrailingZeros();
    }

    private static List<CompiledRule> compiled(TemplateDefinition template) {
        return COMPILED.computeIfAbsent(template.rules(), rules -> rules.stream().map(rule -> new CompiledRule(rule,
                rule.checks().stream().map(CompiledCheck::new).toList())).toList());
    }

    /** A row as a PERIOD message names it: «label» (value). */
    private static String mention(Indicator indicator, Object value) {
        return "«" + indicator.label() + "» (" + Objects.toString(value, "để trống") + ")";
    }

    private record CompiledRule(ValidationRule rule, List<CompiledCheck> checks) {
    }

    private static final class CompiledCheck {
        final RuleCheck source;
        final Expression condition;
        final Expression message;
        final List<String> reads;

        CompiledCheck(RuleCheck source) {
            this.source = source;
            this.condition = RuleExpressions.condition(source.expression());
            this.message = RuleExpressions.message(source.message());
            this.reads = RuleExpressions.names(condition);
        }
    }
}
