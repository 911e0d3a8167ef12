package vn.congdoan.baocao.api;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.congdoan.baocao.spreadsheet.TableWorkbooks;
import vn.congdoan.baocao.system.BadRequestException;
import vn.congdoan.baocao.system.NotFoundException;
import vn.congdoan.baocao.system.StoredText;
import vn.congdoan.baocao.unit.UnitAdministration;
import vn.congdoan.baocao.unit.UnitChanges;
import vn.congdoan.baocao.unit.UnitDetails;
import vn.congdoan.baocao.unit.UnitDirectory;
import vn.congdoan.baocao.unit.UnitKinds;

/** The units: read by everyone, changed by the province's administrators; a unit is ended, not deleted. */
@Tag(name = "Danh mục đơn vị")
@RestController
@RequestMapping("/api")
class UnitController {

    /** What PUT may change; validity and successor change through /end and /reorganisations. */
    private static final Set<String> EDITABLE = Set.of("name", "kind", "parent", "email");

    private static final String UNCHANGED = "Danh mục đơn vị không thay đổi.";

    private final UnitDirectory units;
    private final UnitAdministration administration;

    UnitController(UnitDirectory units, UnitAdministration administration) {
        this.units = units;
        this.administration = administration;
    }

    @Operation(summary = "Danh mục đơn vị (những đơn vị còn hoạt động vào một ngày, nếu có tham số on)")
    @GetMapping("/units")
    List<UnitDetails> list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        return units.list(Optional.ofNullable(on));
    }

    @Operation(summary = "Các loại đơn vị có tên gọi (một danh mục có thể dùng thêm loại riêng, viết in hoa)")
    @GetMapping("/unit-kinds")
    List<UnitKinds.Kind> kinds() {
        return UnitKinds.known();
    }

    @Operation(summary = "Một đơn vị")
    @GetMapping("/units/{code}")
    UnitDetails get(@PathVariable String code) {
        return found(code);
    }

    @Operation(summary = "Quản trị thêm đơn vị; nhóm người dùng của đơn vị (mặc định: mã đơn vị) được tạo kèm quyền dùng Tasklist")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            examples = @ExampleObject(name = "vi", value = ApiExamples.NEW_UNIT)))
    @PostMapping("/units")
    ResponseEntity<UnitChanges> create(@RequestBody UnitDetails unit) {
        requireBody(unit);
        UnitChanges changes = administration.create(unit, ApiUser.current());
        return ResponseEntity.created(URI.create("/api/units/" + unit.code().strip())).body(changes);
    }

    @Operation(summary = "Quản trị đổi tên, loại, đơn vị cấp trên hoặc thư điện tử của đơn vị; trường không gửi giữ nguyên")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            examples = @ExampleObject(name = "vi", value = ApiExamples.UNIT_EDIT)))
    @PutMapping("/units/{code}")
    UnitChanges update(@PathVariable String code, @RequestBody ObjectNode edit) {
        UnitDetails current = found(code);
        for (Iterator<String> fields = edit.fieldNames(); fields.hasNext(); ) {
            String field = fields.next();
            if (!EDITABLE.contains(field)) {
                throw new BadRequestException("Trường «" + StoredText.quote(field) + "» không sửa được ở đây: chỉ sửa "
                        + "name, kind, parent, email; ngày kết thúc và đơn vị kế tục qua POST /api/units/" + code
                        + "/end hoặc /api/units/reorganisations.");
            }
        }
        UnitDetails edited = new UnitDetails(current.code(), text(edit, "name", current.name()),
                text(edit, "kind", current.kind()), text(edit, "parent", current.parent()), current.groupId(),
                text(edit, "email", current.email()), current.validFrom(), current.validTo(), current.successor());
        return administration.update(edited, ApiUser.current());
    }

    @Operation(summary = "Quản trị cho đơn vị kết thúc hoạt động vào một ngày, có thể nêu đơn vị kế tục")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            examples = @ExampleObject(name = "vi", value = ApiExamples.UNIT_END)))
    @PostMapping("/units/{code}/end")
    UnitChanges end(@PathVariable String code, @RequestBody UnitEnd end) {
        requireBody(end);
        found(code);
        return administration.end(code, end.validTo(), end.successor(), ApiUser.current());
    }

    @Operation(summary = "Quản trị ghi một lần sắp xếp lại: các đơn vị kết thúc cùng ngày, một đơn vị (mới hoặc đã có) kế tục")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            examples = @ExampleObject(name = "vi", value = ApiExamples.REORGANISATION)))
    @PostMapping("/units/reorganisations")
    UnitChanges reorganise(@RequestBody UnitAdministration.Reorganisation reorganisation) {
        requireBody(reorganisation);
        return administration.reorganise(reorganisation, ApiUser.current());
    }

    @Operation(summary = "Quản trị xoá đơn vị nhập nhầm (chỉ khi chưa tham gia đợt báo cáo nào)")
    @DeleteMapping("/units/{code}")
    ResponseEntity<Void> delete(@PathVariable String code) {
        administration.delete(code, ApiUser.current());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Danh mục đơn vị dạng Excel (.xlsx): mỗi đơn vị một dòng, đúng bố cục của tệp nhập")
    @GetMapping("/units.xlsx")
    ResponseEntity<byte[]> exportXlsx() {
        return Attachments.file(units.exportXlsx(), TableWorkbooks.CONTENT_TYPE, "danh-muc-don-vi.xlsx");
    }

    @Operation(summary = "Danh mục đơn vị dạng .csv (UTF-8), đúng bố cục của tệp nhập")
    @GetMapping("/units.csv")
    ResponseEntity<byte[]> exportCsv() {
        return Attachments.file(units.exportCsv(), "text/csv;charset=UTF-8", "danh-muc-don-vi.csv");
    }

    /** The file as the raw body, or multipart field "file"; either way at most 5 MB. */
    @Operation(summary = "Quản trị nhập danh mục đơn vị từ tệp .xlsx hoặc .csv (bố cục của tệp xuất); dryRun=true chỉ "
            + "kiểm tra và liệt kê thay đổi; có dòng sai thì không áp dụng dòng nào")
    @PostMapping(path = "/units/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    UnitChanges importPart(@RequestParam(defaultValue = "false") boolean dryRun, @RequestPart("file") MultipartFile file)
            throws IOException {
        return administration.importFile(ListUploads.read(file, UNCHANGED), dryRun, ApiUser.current());
    }

    @Operation(summary = "Quản trị nhập danh mục đơn vị từ tệp .xlsx hoặc .csv (bố cục của tệp xuất); dryRun=true chỉ "
            + "kiểm tra và liệt kê thay đổi; có dòng sai thì không áp dụng dòng nào")
    @PostMapping("/units/import")
    UnitChanges importFile(@RequestParam(defaultValue = "false") boolean dryRun, HttpServletRequest request)
            throws IOException {
        return administration.importFile(ListUploads.read(request, UNCHANGED), dryRun, ApiUser.current());
    }

    private UnitDetails found(String code) {
        return units.find(code).orElseThrow(() -> new NotFoundException(
                "Không có đơn vị «" + StoredText.quote(code) + "» trong danh mục."));
    }

    private static void requireBody(Object body) {
        if (body == null) {
            throw new BadRequestException("Thân yêu cầu là null: gửi một đối tượng JSON như ví dụ của API.");
        }
    }

    private static String text(ObjectNode edit, String field, String current) {
        if (!edit.has(field)) {
            return current;
        }
        JsonNode value = edit.get(field);
        if (value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new BadRequestException("Trường «" + field + "» phải là một chuỗi ký tự (hoặc null), không phải "
                    + StoredText.quote(value.toString()) + ".");
        }
        return value.asText();
    }

    /** @param validTo the unit's last day; @param successor code of the unit that takes over, or null */
    record UnitEnd(LocalDate validTo, String successor) {
    }
}
