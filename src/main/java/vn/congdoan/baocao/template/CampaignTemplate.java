package vn.congdoan.baocao.template;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/** A campaign template as loaded into the database; one row per (code, version), never changed once loaded. */
@Entity
@Table(name = "campaign_template")
class CampaignTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private int version;

    private String name;

    private String tableTitle;

    private String outlineTitle;

    private String outlineSubtitle;

    @Convert(converter = JsonObjectConverter.class)
    private ObjectNode cycleDefaults;

    @Convert(converter = DocumentTextsConverter.class)
    private DocumentTexts documents;

    private String source;

    private String checksum;

    private Instant loadedAt;

    @ElementCollection
    @CollectionTable(name = "indicator_group", joinColumns = @JoinColumn(name = "template_id"))
    @OrderColumn(name = "position")
    private List<IndicatorGroup> groups = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "indicator", joinColumns = @JoinColumn(name = "template_id"))
    @OrderColumn(name = "position")
    private List<Indicator> indicators = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "outline_section", joinColumns = @JoinColumn(name = "template_id"))
    @OrderColumn(name = "position")
    private List<OutlineSection> outline = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "validation_rule", joinColumns = @JoinColumn(name = "template_id"))
    @OrderColumn(name = "position")
    private List<ValidationRule> rules = new ArrayList<>();

    protected CampaignTemplate() {
    }

    CampaignTemplate(TemplateDefinition definition, String source, String checksum, Instant loadedAt) {
        this.code = definition.code();
        this.version = definition.version();
        this.name = definition.name();
        this.tableTitle = definition.tableTitle();
        this.outlineTitle = definition.outlineTitle();
        this.outlineSubtitle = definition.outlineSubtitle();
        this.cycleDefaults = definition.cycleDefaults();
        this.groups.addAll(definition.groups());
        this.indicators.addAll(definition.indicators());
        this.outline.addAll(definition.outline());
        this.rules.addAll(definition.rules());
        this.documents = definition.documents();
        this.source = source;
        this.checksum = checksum;
        this.loadedAt = loadedAt;
    }

    String checksum() {
        return checksum;
    }

    String source() {
        return source;
    }

    /** What a list of templates says of this version, without reading its catalogue. */
    TemplateSummary summary() {
        return new TemplateSummary(code, version, name, source, loadedAt);
    }

    TemplateDefinition definition() {
        return new TemplateDefinition(code, version, name, tableTitle, outlineTitle, outlineSubtitle,
                cycleDefaults, groups, indicators, outline, rules, documents);
    }
}
