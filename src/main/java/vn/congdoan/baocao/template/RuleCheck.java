package vn.congdoan.baocao.template;

/**
 * One condition of a rule: a SpEL expression that holds for a valid table, and the Vietnamese
 * message shown when it does not, a SpEL template with {@code {…}} placeholders.
 */
public record RuleCheck(String expression, String message) {
}
