package vn.congdoan.baocao.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import vn.congdoan.baocao.support.SampleTables;
import vn.congdoan.baocao.system.AppProperties;
import vn.congdoan.baocao.system.NotFoundException;

/**
 * A template version loaded before templates carried document texts, or a default for a cycle parameter,
 * takes those of the campaign's newest version.
 */
class TemplateCatalogTest {

    private final CampaignTemplateRepository repository = mock(CampaignTemplateRepository.class);
    private final TemplateCatalog catalog = new TemplateCatalog(repository,
            new AppProperties(null, "nq02-2016-2020", null, null, null));

    @Test
    void anOlderVersionWithoutTextsTakesTheNewestOnes() {
        stored(2, null);
        stored(3, SampleTables.NQ02.documents());
        when(repository.findFirstByCodeOrderByVersionDesc("nq02-2016-2020"))
                .thenReturn(Optional.of(template(3, SampleTables.NQ02.documents())));

        assertThat(catalog.documents("nq02-2016-2020", 2)).isEqualTo(SampleTables.NQ02.documents());
        assertThat(catalog.documents("nq02-2016-2020", 3).plan().title()).isEqualTo("Kế hoạch");
    }

    @Test
    void anOlderVersionWithoutADefaultTakesTheNewestOne() {
        ObjectNode older = SampleTables.NQ02.cycleDefaults().deepCopy();
        older.remove("reportRecipients");
        older.put("place", "Hà Nam");
        when(repository.findByCodeAndVersion("nq02-2016-2020", 2))
                .thenReturn(Optional.of(template(2, null, older)));
        when(repository.findFirstByCodeOrderByVersionDesc("nq02-2016-2020"))
                .thenReturn(Optional.of(template(3, SampleTables.NQ02.documents())));

        assertThat(catalog.cycleDefault("nq02-2016-2020", 2, "reportRecipients"))
                .isEqualTo(SampleTables.NQ02.cycleDefaults().path("reportRecipients")).hasSize(3);
        assertThat(catalog.cycleDefault("nq02-2016-2020", 2, "place").asText()).as("its own where it has one")
                .isEqualTo("Hà Nam");
    }

    @Test
    void aCampaignWithoutTextsInAnyVersionIsToldPlainly() {
        stored(1, null);
        when(repository.findFirstByCodeOrderByVersionDesc("nq02-2016-2020")).thenReturn(Optional.of(template(1, null)));

        assertThatThrownBy(() -> catalog.documents("nq02-2016-2020", 1)).isInstanceOf(NotFoundException.class)
                .hasMessage("Mẫu chiến dịch «nq02-2016-2020» không có nội dung văn bản (kế hoạch, báo cáo).");
    }

    private void stored(int version, DocumentTexts documents) {
        when(repository.findByCodeAndVersion("nq02-2016-2020", version)).thenReturn(Optional.of(template(version, documents)));
    }

    private static CampaignTemplate template(int version, DocumentTexts documents) {
        return template(version, documents, SampleTables.NQ02.cycleDefaults());
    }

    private static CampaignTemplate template(int version, DocumentTexts documents, ObjectNode cycleDefaults) {
        TemplateDefinition seed = SampleTables.NQ02;
        return new CampaignTemplate(new TemplateDefinition(seed.code(), version, seed.name(), seed.tableTitle(),
                seed.outlineTitle(), seed.outlineSubtitle(), cycleDefaults, seed.groups(), seed.indicators(),
                seed.outline(), seed.rules(), documents), "nq02-2016-2020.yaml", "checksum", Instant.EPOCH);
    }
}
