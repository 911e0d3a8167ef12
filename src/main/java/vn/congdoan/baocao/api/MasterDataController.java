package vn.congdoan.baocao.api;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.congdoan.baocao.template.Indicator;
import vn.congdoan.baocao.template.IndicatorGroup;
import vn.congdoan.baocao.template.OutlineSection;
import vn.congdoan.baocao.template.TemplateCatalog;
import vn.congdoan.baocao.template.TemplateDefinition;
import vn.congdoan.baocao.template.ValidationRule;

/** A campaign template's indicator catalogue and outline. */
@Tag(name = "Danh mục")
@RestController
@RequestMapping("/api")
class MasterDataController {

    private final TemplateCatalog templates;

    MasterDataController(TemplateCatalog templates) {
        this.templates = templates;
    }

    @Operation(summary = "Danh mục chỉ tiêu của mẫu chiến dịch và các quy tắc kiểm tra")
    @GetMapping("/indicators")
    IndicatorCatalog indicators(@RequestParam(required = false) String template) {
        TemplateDefinition definition = templates.latest(template);
        return new IndicatorCatalog(definition.code(), definition.version(), definition.tableTitle(),
                definition.groups(), definition.indicators(), definition.rules());
    }

    @Operation(summary = "Đề cương báo cáo của mẫu chiến dịch")
    @GetMapping("/outline")
    Outline outline(@RequestParam(required = false) String template) {
        TemplateDefinition definition = templates.latest(template);
        Set<String> texts = definition.textSections().stream().map(OutlineSection::code).collect(Collectors.toSet());
        List<OutlineEntry> sections = definition.outline().stream()
                .map(s -> new OutlineEntry(s.code(), s.parent(), s.number(), s.title(), s.lead(), s.hints(),
                        texts.contains(s.code())))
                .toList();
        return new Outline(definition.code(), definition.version(), definition.outlineTitle(),
                definition.outlineSubtitle(), sections);
    }

    record IndicatorCatalog(String template, int version, String title, List<IndicatorGroup> groups,
                            List<Indicator> indicators, List<ValidationRule> rules) {
    }

    record Outline(String template, int version, String title, String subtitle, List<OutlineEntry> sections) {
    }

    /** @param text whether the unit writes a text for this section (a leaf), or it is a heading */
    record OutlineEntry(String code, String parent, String number, String title, String lead, List<String> hints,
                        boolean text) {
    }
}
