package vn.congdoan.baocao.template;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.expression.Expression;
import org.springframework.expression.ParseException;
import org.springframework.expression.common.CompositeStringExpression;
import org.springframework.expression.common.TemplateParserContext;
import org.springframework.expression.spel.SpelNode;
import org.springframework.expression.spel.ast.PropertyOrFieldReference;
import org.springframework.expression.spel.standard.SpelExpression;
import org.springframework.expression.spel.standard.SpelExpressionParser;

/**
 * The SpEL side of validation rules: a check's expression, its message as a template with
 * {@code {…}} placeholders, and the names either reads.
 */
public final class RuleExpressions {

    /** What an INDICATOR-scope expression sees. */
    public static final Set<String> INDICATOR_VARIABLES = Set.of("value", "median", "previous", "stock", "earlier");
    /** What an INDICATOR-scope message shows. */
    public static final Set<String> INDICATOR_MESSAGE_VARIABLES = Set.of("row", "value", "median", "previous",
            "previousPeriod", "earlier", "earlierPeriod");
    /** In a PERIOD-scope message, {@code {value.I08}} is the bare number where {@code {I08}} names the row. */
    public static final String VALUES = "value";

    private static final SpelExpressionParser PARSER = new SpelExpressionParser();
    private static final TemplateParserContext PLACEHOLDERS = new TemplateParserContext("{", "}");

    private RuleExpressions() {
    }

    public static Expression condition(String expression) {
        return PARSER.parseExpression(expression);
    }

    public static Expression message(String template) {
        return PARSER.parseExpression(template, PLACEHOLDERS);
    }

    /** The names an expression or message reads, in the order they appear. */
    public static List<String> names(Expression expression) {
        Set<String> names = new LinkedHashSet<>();
        if (expression instanceof CompositeStringExpression composite) {
            for (Expression part : composite.getExpressions()) {
                names.addAll(names(part));
            }
        } else if (expression instanceof SpelExpression spel) {
            collect(spel.getAST(), names);
        }
        return new ArrayList<>(names);
    }

    private static void collect(SpelNode node, Set<String> names) {
        if (node instanceof PropertyOrFieldReference reference) {
            names.add(reference.getName());
        }
        for (int i = 0; i < node.getChildCount(); i++) {
            collect(node.getChild(i), names);
        }
    }

    /** What is wrong with a rule's checks, given the template's indicator codes; empty when nothing. */
    static List<String> problems(ValidationRule rule, Set<String> indicatorCodes) {
        List<String> problems = new ArrayList<>();
        if (rule.checks().isEmpty()) {
            problems.add("quy tắc " + rule.id() + ": chưa có phép kiểm tra nào (checks)");
        }
        boolean perIndicator = rule.scope() == RuleScope.INDICATOR;
        Set<String> readable = perIndicator ? INDICATOR_VARIABLES : indicatorCodes;
        Set<String> shown = new LinkedHashSet<>(perIndicator ? INDICATOR_MESSAGE_VARIABLES : indicatorCodes);
        if (!perIndicator) {
            shown.add(VALUES);
        }
        for (RuleCheck check : rule.checks()) {
            try {
                names(condition(check.expression())).stream().filter(n -> !readable.contains(n)).forEach(n ->
                        problems.add("quy tắc " + rule.id() + ": biểu thức «" + check.expression() + "» dùng tên chưa biết «" + n + "»"));
                names(message(check.message())).stream().filter(n -> !shown.contains(n)).forEach(n ->
                        problems.add("quy tắc " + rule.id() + ": thông báo «" + check.message() + "» dùng tên chưa biết «" + n + "»"));
            } catch (ParseException | NullPointerException e) {
                problems.add("quy tắc " + rule.id() + ": không đọc được phép kiểm tra: " + e.getMessage());
            }
        }
        return problems;
    }
}
