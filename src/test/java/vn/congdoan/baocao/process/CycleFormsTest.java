package vn.congdoan.baocao.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.congdoan.baocao.process.forms.FormComponent;
import vn.congdoan.baocao.process.forms.FormSchema;
import vn.congdoan.baocao.support.SampleTables;

/** A cycle's forms: the province's link to the cycle's progress, a unit's does not. */
class CycleFormsTest {

    @Test
    void theProvincesFormsLinkToTheCyclesProgressUnderTheirHeading() {
        Map<String, FormSchema> forms = Arrays.stream(CycleForms.generate(7L, SampleTables.FORM))
                .collect(Collectors.toMap(FormSchema::id, form -> form));
        for (String id : new String[] {"form-review-report-cycle-7", "form-province-report-cycle-7",
                "form-approve-province-report-cycle-7"}) {
            FormComponent second = forms.get(id).components().get(1);
            assertThat(second.id()).as(id).isEqualTo("Text_Progress");
            assertThat(second.text()).as(id).contains("Xem tiến độ của đợt").contains("(/tien-do.html?dot=7)");
        }
        assertThat(forms.get("form-unit-report-cycle-7").components()).extracting(FormComponent::id)
                .doesNotContain("Text_Progress");
    }
}
