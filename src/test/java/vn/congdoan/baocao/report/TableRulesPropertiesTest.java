package vn.congdoan.baocao.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import vn.congdoan.baocao.support.SampleTables;
import vn.congdoan.baocao.support.ValidTables;

class TableRulesPropertiesTest {

    @Property(tries = 500)
    void aValidTableBreaksNoErrorRule(@ForAll("validTables") Map<String, Map<String, Long>> table) {
        assertThat(TableRules.check(SampleTables.FORM, table)).noneMatch(Violation::blocking);
    }

    @Property(tries = 200)
    void theSumOfValidTablesBreaksNoErrorRule(@ForAll("unitsOfAProvince") List<Map<String, Map<String, Long>>> units) {
        assertThat(TableRules.check(SampleTables.FORM, ValidTables.sum(units))).noneMatch(Violation::blocking);
    }

    @Provide
    Arbitrary<Map<String, Map<String, Long>>> validTables() {
        return ValidTables.tables(999_999_999L);
    }

    @Provide
    Arbitrary<List<Map<String, Map<String, Long>>>> unitsOfAProvince() {
        return ValidTables.tables(999_999_999L).list().ofMinSize(1).ofMaxSize(30);
    }
}
