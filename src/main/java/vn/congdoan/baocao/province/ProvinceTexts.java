package vn.congdoan.baocao.province;

import java.util.Map;

/**
 * What the policy dept. writes in the provincial report: the texts by outline section and the explanations of
 * warnings by rule id (null: the explanations stored stay as they are).
 */
public record ProvinceTexts(Map<String, String> sections, Map<String, String> explanations) {
}
