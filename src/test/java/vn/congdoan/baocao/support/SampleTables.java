package vn.congdoan.baocao.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;

import vn.congdoan.baocao.cycle.Period;
import vn.congdoan.baocao.report.ReportForm;
import vn.congdoan.baocao.system.YamlResources;
import vn.congdoan.baocao.template.TemplateDefinition;

/** The built-in template with the seed's periods, and tables on it, for tests without the application. */
public final class SampleTables {

    public static final TemplateDefinition NQ02 = YamlResources.read(
            new ClassPathResource("templates/nq02-2016-2020.yaml"), TemplateDefinition.class);

    public static final List<Period> SEED_PERIODS = List.of(new Period("2016", "Năm 2016"),
            new Period("2017", "Năm 2017"), new Period("2018", "Năm 2018"), new Period("2019", "Năm 2019"),
            new Period("2020H1", "Tính đến 30/6/2020"));

    public static final ReportForm FORM = new ReportForm(NQ02, SEED_PERIODS);

    /** The largest template the forms are checked at (src/test/resources): 60 indicators, 10 periods, 30 sections. */
    public static final TemplateDefinition LARGE = YamlResources.read(
            new ClassPathResource("templates/thu-nghiem-60x10.yaml"), TemplateDefinition.class);

    public static final ReportForm LARGE_FORM = new ReportForm(LARGE, java.util.stream.StreamSupport.stream(
            LARGE.cycleDefaults().path("periods").spliterator(), false)
            .map(p -> new Period(p.path("code").asText(), p.path("label").asText())).toList());

    private SampleTables() {
    }

    /** {@link ReportBodies#CONSISTENT_ROW} in every period, I18 copied from I16. */
    public static Map<String, Map<String, Long>> consistent() {
        Map<String, Map<String, Long>> table = new LinkedHashMap<>();
        NQ02.indicators().forEach(indicator -> {
            String source = indicator.copyOf() == null ? indicator.code() : indicator.copyOf();
            Map<String, Long> row = new LinkedHashMap<>();
            SEED_PERIODS.forEach(p -> row.put(p.code(), (long) ReportBodies.CONSISTENT_ROW.get(source)));
            table.put(indicator.code(), row);
        });
        return table;
    }
}
