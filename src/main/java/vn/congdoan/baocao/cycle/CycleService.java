package vn.congdoan.baocao.cycle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congdoan.baocao.process.CampaignEngine;
import vn.congdoan.baocao.process.ProcessIds;
import vn.congdoan.baocao.security.AuthenticatedUser;
import vn.congdoan.baocao.system.BadRequestException;
import vn.congdoan.baocao.system.ForbiddenException;
import vn.congdoan.baocao.system.NotFoundException;
import vn.congdoan.baocao.system.StoredText;
import vn.congdoan.baocao.system.UnreadableJson;
import vn.congdoan.baocao.template.TemplateCatalog;
import vn.congdoan.baocao.template.TemplateDefinition;

/** Reporting cycles: started from the API or from Tasklist's start form, through the same checks. */
@Service
@Transactional
public class CycleService {

    private final CycleRepository repository;
    private final Map<Long, Cycle.Participation> participations = new ConcurrentHashMap<>();
    private final CycleParametersValidator validator;
    private final TemplateCatalog templates;
    private final CampaignEngine engine;
    private final ObjectMapper json;
    private final Clock clock;

    CycleService(CycleRepository repository, CycleParametersValidator validator, TemplateCatalog templates,
                 CampaignEngine engine, ObjectMapper json, Clock clock) {
        this.repository = repository;
        this.validator = validator;
        this.templates = templates;
        this.engine = engine;
        this.json = json;
        this.clock = clock;
    }

    /** The API's door: creates the cycle and starts its campaign process, or starts nothing. */
    public long start(ObjectNode request, AuthenticatedUser user) {
        if (!user.isMemberOf(ProcessIds.GROUP_POLICY_DEPT)) {
            throw new ForbiddenException("Chỉ Ban Chính sách pháp luật và QHLĐ được khởi tạo đợt báo cáo.");
        }
        long id = create(request, user.id());
        engine.startCampaign(id);
        return id;
    }

    /**
     * Fills what the request leaves out from the template's defaults, checks everything and stores the
     * cycle. Throws {@link CycleParametersException} with every problem, by field.
     */
    public long create(ObjectNode request, String userId) {
        CycleParameters parameters = withDefaults(request);
        NewCycle cycle = validator.validate(parameters);
        return repository.save(new Cycle(cycle, userId, clock.instant())).id();
    }

    public void attachProcess(long cycleId, String processInstanceId) {
        find(cycleId).attachProcess(processInstanceId);
    }

    public void moveTo(long cycleId, CycleStage stage) {
        find(cycleId).moveTo(stage);
    }

    /** Records the plan as issued under its number, today in the cycle's time zone. */
    public void issuePlan(long cycleId) {
        Cycle cycle = find(cycleId);
        cycle.issuePlan(LocalDate.now(clock.withZone(cycle.zone())));
    }

    @Transactional(readOnly = true)
    public CycleView get(long cycleId) {
        Cycle cycle = find(cycleId);
        // loading a thousand units for every step of every unit's report would make each step cost O(units)
        return cycle.view(participations.computeIfAbsent(cycleId, id -> cycle.participation()));
    }

    @Transactional(readOnly = true)
    public List<CycleView> list() {
        return repository.findAllByOrderByIdDesc().stream().map(Cycle::view).toList();
    }

    private Cycle find(long cycleId) {
        return repository.findById(cycleId)
                .orElseThrow(() -> new NotFoundException("Không có đợt báo cáo số " + cycleId + "."));
    }

    private CycleParameters withDefaults(ObjectNode request) {
        JsonNode templateCode = request.get("template");
        String code = templateCode == null || templateCode.isNull() ? null : templateCode.asText();
        TemplateDefinition template;
        try {
            template = templates.latest(code);
        } catch (NotFoundException e) {
            // as an unknown unit is: a refused field, not a missing resource
            throw new CycleParametersException(List.of(new FieldViolation("template",
                    "Không có mẫu chiến dịch «" + StoredText.quote(code) + "».")));
        }
        ObjectNode merged = template.cycleDefaults().deepCopy();
        merged.put("template", template.code());
        merge(merged, request);
        try {
            return json.treeToValue(merged, CycleParameters.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new BadRequestException(UnreadableJson.describe(e));
        }
    }

    /** Request values win; objects are merged field by field, lists are replaced whole; null means "not given". */
    private static void merge(ObjectNode target, ObjectNode request) {
        Iterator<Map.Entry<String, JsonNode>> fields = request.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (value == null || value.isNull()) {
                continue;
            }
            if (value.isObject() && target.get(field.getKey()) instanceof ObjectNode nested) {
                merge(nested, (ObjectNode) value);
            } else {
                target.set(field.getKey(), value);
            }
        }
    }
}
