package vn.congdoan.baocao.cycle;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congdoan.baocao.security.AuthenticatedUser;
import vn.congdoan.baocao.security.ProvinceGroups;
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
    private final ObjectMapper json;
    private final Clock clock;

    CycleService(CycleRepository repository, CycleParametersValidator validator, TemplateCatalog templates,
                 ObjectMapper json, Clock clock) {
        this.repository = repository;
        this.validator = validator;
        this.templates = templates;
        this.json = json;
        this.clock = clock;
    }

    /** The API's door: only the policy dept. creates a cycle; its campaign is started in the same transaction. */
    public long create(ObjectNode request, AuthenticatedUser user) {
        if (!user.isMemberOf(ProvinceGroups.POLICY_DEPT)) {
            throw new ForbiddenException("Chỉ Ban Chính sách pháp luật và QHLĐ được khởi tạo đợt báo cáo.");
        }
        return create(request, user.id());
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

    /** What a new cycle on this template gets for every parameter it leaves out (the default template when null). */
    @Transactional(readOnly = true)
    public CycleParameters templateDefaults(String templateCode) {
        ObjectNode request = json.createObjectNode();
        request.put("template", templateCode);
        return withDefaults(request);
    }

    /**
     * Revises the plan of a cycle still in draft: what {@code changes} gives replaces the plan's value, the
     * rest stays; the whole is checked as at creation. Throws {@link CycleParametersException} with every
     * problem, and changes nothing then.
     */
    public void revisePlan(long cycleId, ObjectNode changes) {
        Cycle cycle = find(cycleId);
        JsonNode template = changes.get("template");
        JsonNode version = changes.get("templateVersion");
        if (version != null && !version.isNull() && !(version.canConvertToExactIntegral()
                && version.intValue() == cycle.view().templateVersion())) {
            throw new CycleParametersException("Chưa sửa được kế hoạch:", List.of(new FieldViolation("templateVersion",
                    "Đợt báo cáo số " + cycleId + " theo mẫu «" + cycle.templateCode() + "» phiên bản "
                            + cycle.view().templateVersion() + "; phiên bản mẫu của một đợt đã tạo không đổi được.")));
        }
        if (template != null && !template.isNull() && !template.asText().equals(cycle.templateCode())) {
            throw new CycleParametersException("Chưa sửa được kế hoạch:", List.of(new FieldViolation("template",
                    "Đợt báo cáo số " + cycleId + " theo mẫu «" + cycle.templateCode() + "»; mẫu của một đợt đã tạo "
                            + "không đổi được (khởi tạo đợt mới theo mẫu «" + StoredText.quote(template.asText())
                            + "»).")));
        }
        ObjectNode revised = json.valueToTree(cycle.view().asSent());
        merge(revised, changes);
        revised.put("template", cycle.templateCode());
        NewCycle checked;
        try {
            checked = validator.validate(read(revised));
        } catch (CycleParametersException e) {
            throw new CycleParametersException("Chưa sửa được kế hoạch:", e.violations());
        }
        cycle.revise(checked);
    }

    /**
     * A cycle on the template version's defaults, never stored, for a preview of its documents: its units are
     * those valid on the plan date. Throws {@link CycleParametersException} when the defaults are not a cycle.
     */
    @Transactional(readOnly = true)
    public CycleView preview(String templateCode, int version) {
        ObjectNode request = json.createObjectNode();
        request.put("template", templateCode);
        request.put("templateVersion", version);
        Cycle cycle = new Cycle(validator.validate(withDefaults(request), true), "xem-truoc", clock.instant());
        return cycle.view(cycle.participation());
    }

    /** The cycle that a business key names, when it was created and waits for its process (the API's start). */
    @Transactional(readOnly = true)
    public Optional<Long> awaitingProcess(String businessKey) {
        if (businessKey == null || !businessKey.matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return repository.findById(Long.parseLong(businessKey)).filter(Cycle::awaitsProcess).map(Cycle::id);
    }

    public void attachProcess(long cycleId, String processInstanceId) {
        find(cycleId).attachProcess(processInstanceId);
    }

    public void moveTo(long cycleId, CycleStage stage) {
        find(cycleId).moveTo(stage);
    }

    /** Records the plan as issued under its number, on the day leadership approved it for (today if none). */
    public void issuePlan(long cycleId) {
        Cycle cycle = find(cycleId);
        cycle.issuePlan(LocalDate.now(clock.withZone(cycle.zone())));
    }

    /**
     * The issue date the approval offers: the plan's date when it is today or later, else today; but a plan
     * whose units' first deadline has passed (a past campaign run again) is offered its own date.
     */
    @Transactional(readOnly = true)
    public LocalDate offeredIssueDate(long cycleId) {
        Cycle cycle = find(cycleId);
        LocalDate today = LocalDate.now(clock.withZone(cycle.zone()));
        LocalDate planDate = cycle.planDate();
        LocalDate offered = planDate.isBefore(today) ? today : planDate;
        return offered.isAfter(lastIssueDay(cycle)) ? planDate : offered;
    }

    /** Records the day leadership issues the plan on; a day after the units' first deadline is refused. */
    public void recordIssueDate(long cycleId, String issuedOn) {
        Cycle cycle = find(cycleId);
        LocalDate day;
        try {
            day = LocalDate.parse(issuedOn == null ? "" : issuedOn.strip());
        } catch (DateTimeParseException e) {
            throw new CycleParametersException("Chưa duyệt được kế hoạch:", List.of(new FieldViolation("issuedOn",
                    "Ngày ban hành «" + (issuedOn == null ? "" : issuedOn) + "» không phải một ngày (năm-tháng-ngày).")));
        }
        if (day.isAfter(lastIssueDay(cycle))) {
            throw new CycleParametersException("Chưa duyệt được kế hoạch:", List.of(new FieldViolation("issuedOn",
                    "Ngày ban hành " + DeadlineCalculator.DAY.format(day) + " sau hạn các đơn vị hoàn thành sơ kết ("
                            + DeadlineCalculator.DAY.format(lastIssueDay(cycle)) + "): kế hoạch phải ban hành trước "
                            + "hạn nó đặt ra.")));
        }
        cycle.issueOn(day);
    }

    private static LocalDate lastIssueDay(Cycle cycle) {
        return cycle.unitReviewDue().atZone(cycle.zone()).toLocalDate();
    }

    @Transactional(readOnly = true)
    public CycleView get(long cycleId) {
        Cycle cycle = find(cycleId);
        // loading a thousand units for every step of every unit's report would make each step cost O(units); kept
        // only once the plan is settled, since another node may revise a draft and this node would not know
        if (!cycle.planSettled()) {
            return cycle.view(cycle.participation());
        }
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
        JsonNode version = request.get("templateVersion");
        boolean versioned = version != null && !version.isNull();
        if (versioned && !version.canConvertToExactIntegral()) {
            throw new CycleParametersException(List.of(new FieldViolation("templateVersion", "Phiên bản mẫu chiến dịch "
                    + "phải là một số nguyên, không phải «" + StoredText.quote(version.toString()) + "».")));
        }
        TemplateDefinition template;
        try {
            template = versioned ? templates.get(code == null ? templates.latest(null).code() : code, version.intValue())
                    : templates.latest(code);
        } catch (NotFoundException e) {
            // as an unknown unit is: a refused field, not a missing resource
            throw new CycleParametersException(List.of(new FieldViolation(versioned ? "templateVersion" : "template",
                    e.getMessage())));
        }
        ObjectNode merged = template.cycleDefaults().deepCopy();
        merged.put("template", template.code());
        merge(merged, request);
        return read(merged);
    }

    private CycleParameters read(ObjectNode merged) {
        UnknownFields unknown = new UnknownFields();
        CycleParameters parameters;
        try {
            // read from a parser left open, so that a refusal can still say what the field held
            ObjectReader reader = json.readerFor(CycleParameters.class).withHandler(unknown);
            parameters = reader.readValue(reader.treeAsTokens(merged));
        } catch (IOException | IllegalArgumentException e) {
            throw new BadRequestException(UnreadableJson.describe(e));
        }
        if (!unknown.violations.isEmpty()) {
            throw new CycleParametersException(unknown.violations);
        }
        return parameters;
    }

    /** A field the parameters do not have is refused by name, rather than dropped without a word. */
    private static final class UnknownFields extends DeserializationProblemHandler {

        private final List<FieldViolation> violations = new ArrayList<>();

        @Override
        public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
                                             JsonDeserializer<?> deserializer, Object bean, String name)
                throws IOException {
            String field = path(parser.getParsingContext());
            violations.add(new FieldViolation(field,
                    "Đợt báo cáo không có tham số «" + field + "»: kiểm tra lại tên trường."));
            parser.skipChildren();
            return true;
        }

        /** As the violations name fields: {@code periods[0].label}. */
        private static String path(JsonStreamContext context) {
            Deque<String> parts = new ArrayDeque<>();
            for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
                if (c.inObject() && c.getCurrentName() != null) {
                    parts.addFirst("." + c.getCurrentName());
                } else if (c.inArray() && c.hasCurrentIndex()) {
                    parts.addFirst("[" + c.getCurrentIndex() + "]");
                }
            }
            return String.join("", parts).substring(1);
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
