package vn.congdoan.baocao.template;

import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congdoan.baocao.system.AppProperties;
import vn.congdoan.baocao.system.NotFoundException;

/** The campaign templates loaded into the database. */
@Service
@Transactional(readOnly = true)
public class TemplateCatalog {

    private final CampaignTemplateRepository repository;
    private final AppProperties properties;
    /** A (code, version) never changes once loaded (the loader refuses a changed file): kept after first use. */
    private final Map<String, TemplateDefinition> versions = new ConcurrentHashMap<>();

    TemplateCatalog(CampaignTemplateRepository repository, AppProperties properties) {
        this.repository = repository;
        this.properties = properties;
    }

    /** The newest version of the template with this code, or of the default template when code is null. */
    public TemplateDefinition latest(String code) {
        String wanted = code == null || code.isBlank() ? properties.defaultTemplate() : code;
        return repository.findFirstByCodeOrderByVersionDesc(wanted)
                .map(CampaignTemplate::definition)
                .orElseThrow(() -> new NotFoundException("Không có mẫu chiến dịch «" + wanted + "»."));
    }

    /** The newest version of every template, by code. */
    public List<TemplateDefinition> latestVersions() {
        Map<String, TemplateDefinition> newest = new LinkedHashMap<>();
        for (CampaignTemplate template : repository.findAllByOrderByCodeAscVersionDesc()) {
            TemplateDefinition definition = template.definition();
            newest.putIfAbsent(definition.code(), definition);
        }
        return List.copyOf(newest.values());
    }

    public TemplateDefinition get(String code, int version) {
        TemplateDefinition known = versions.get(code + "@" + version);
        if (known != null) {
            return known;
        }
        TemplateDefinition loaded = repository.findByCodeAndVersion(code, version)
                .map(CampaignTemplate::definition)
                .orElseThrow(() -> new NotFoundException(
                        "Không có mẫu chiến dịch «" + code + "» phiên bản " + version + "."));
        versions.put(code + "@" + version, loaded);
        return loaded;
    }

    /**
     * A default of a template version for the cycle parameter of that name; one the version does not have
     * (a parameter added after it) is taken from the newest version of the same campaign.
     */
    public JsonNode cycleDefault(String code, int version, String parameter) {
        JsonNode own = get(code, version).cycleDefaults().path(parameter);
        return own.isMissingNode() ? latest(code).cycleDefaults().path(parameter) : own;
    }

    /**
     * The document texts of a template version; a version loaded before templates carried them takes
     * those of the newest version of the same campaign.
     */
    public DocumentTexts documents(String code, int version) {
        DocumentTexts own = get(code, version).documents();
        if (own != null) {
            return own;
        }
        DocumentTexts newest = latest(code).documents();
        if (newest == null) {
            throw new NotFoundException("Mẫu chiến dịch «" + code + "» không có nội dung văn bản (kế hoạch, báo cáo).");
        }
        return newest;
    }
}
