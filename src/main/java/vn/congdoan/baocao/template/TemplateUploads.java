package vn.congdoan.baocao.template;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congdoan.baocao.security.AuthenticatedUser;
import vn.congdoan.baocao.security.ProvinceGroups;
import vn.congdoan.baocao.system.BadRequestException;
import vn.congdoan.baocao.system.ConflictException;
import vn.congdoan.baocao.system.ForbiddenException;
import vn.congdoan.baocao.system.ProblemsRefused;
import vn.congdoan.baocao.system.StoredText;
import vn.congdoan.baocao.system.YamlResources;

/**
 * A campaign template, or a new version of one, loaded without a rebuild: the YAML of the built-in files, with
 * every check of the built-in loader; refused whole, each problem named.
 */
@Service
@Transactional
public class TemplateUploads {

    private static final String UNCHANGED = "Chưa nạp mẫu chiến dịch nào.";

    private final TemplateStore store;
    private final CampaignTemplateRepository repository;

    TemplateUploads(TemplateStore store, CampaignTemplateRepository repository) {
        this.store = store;
        this.repository = repository;
    }

    public UploadedTemplate upload(byte[] yaml, AuthenticatedUser user) {
        if (!user.isMemberOfAny(ProvinceGroups.MASTER_DATA_KEEPERS)) {
            throw new ForbiddenException("Chỉ quản trị viên (nhóm «" + ProvinceGroups.ADMINISTRATORS
                    + "») được nạp mẫu chiến dịch.");
        }
        TemplateDefinition definition = read(yaml);
        List<String> problems = definition.problems();
        if (!problems.isEmpty()) {
            throw new ProblemsRefused("Chưa nạp mẫu chiến dịch «" + StoredText.quote(definition.code()) + "» phiên bản "
                    + definition.version() + " (không có gì thay đổi):", problems.stream().map(p -> p + ".").toList());
        }
        try {
            return store.store(definition, yaml, "tải lên bởi " + user.id())
                    .map(source -> new UploadedTemplate(definition.code(), definition.version(), false,
                            "Mẫu «" + definition.code() + "» phiên bản " + definition.version()
                                    + " đã có với đúng nội dung này (" + source + "): không có gì thay đổi."))
                    .orElseGet(() -> new UploadedTemplate(definition.code(), definition.version(), true,
                            "Đã nạp mẫu «" + definition.code() + "» phiên bản " + definition.version() + ": "
                                    + definition.name() + "."));
        } catch (TemplateStore.ChangedVersion e) {
            int newest = repository.findFirstByCodeOrderByVersionDesc(definition.code()).map(t -> t.summary().version())
                    .orElse(definition.version());
            throw new ConflictException("Mẫu «" + definition.code() + "» phiên bản " + definition.version() + " đã nạp ("
                    + e.storedFrom() + ") với nội dung khác; các đợt báo cáo dùng nó nên nó không đổi được. Hãy ghi "
                    + "version: " + (newest + 1) + " trong tệp rồi nạp lại. " + UNCHANGED);
        }
    }

    /** Every version of every template, the newest of each first. */
    @Transactional(readOnly = true)
    public List<TemplateSummary> list() {
        return repository.findAllByOrderByCodeAscVersionDesc().stream().map(CampaignTemplate::summary).toList();
    }

    private static TemplateDefinition read(byte[] yaml) {
        if (yaml.length == 0) {
            throw new BadRequestException("Tệp mẫu chiến dịch rỗng (0 byte). " + UNCHANGED);
        }
        try {
            TemplateDefinition definition = YamlResources.read(yaml, TemplateDefinition.class);
            if (definition == null) {
                throw new BadRequestException("Tệp mẫu chiến dịch không có nội dung. " + UNCHANGED);
            }
            return definition;
        } catch (UnrecognizedPropertyException e) {
            throw new BadRequestException("Mẫu chiến dịch không có trường «" + StoredText.quote(e.getPropertyName()) + "»"
                    + at(e.getLocation()) + ": kiểm tra lại tên trường theo tệp mẫu có sẵn. " + UNCHANGED);
        } catch (JsonProcessingException e) {
            throw new BadRequestException("Không đọc được tệp YAML" + at(e.getLocation()) + ": "
                    + StoredText.quote(e.getOriginalMessage()) + ". " + UNCHANGED);
        } catch (IOException | RuntimeException e) {
            if (e instanceof BadRequestException refused) {
                throw refused;
            }
            throw new BadRequestException("Không đọc được tệp YAML: " + StoredText.quote(String.valueOf(e.getMessage()))
                    + ". " + UNCHANGED);
        }
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 0 ? ""
                : " (dòng " + location.getLineNr() + ", cột " + location.getColumnNr() + ")";
    }
}
