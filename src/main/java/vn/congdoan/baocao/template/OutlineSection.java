package vn.congdoan.baocao.template;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

import vn.congdoan.baocao.system.LinesConverter;

/**
 * A section of the narrative outline; a section with children is a heading, a leaf is a text to write.
 * Under its heading the source may write a lead sentence, then the points to cover (hints).
 */
@Embeddable
public record OutlineSection(
        String code,
        @Column(name = "parent_code") String parent,
        String number,
        String title,
        @Column(name = "lead_text") String lead,
        @Convert(converter = LinesConverter.class) List<String> hints) {

    public OutlineSection {
        hints = hints == null ? List.of() : List.copyOf(hints);
    }

    /** What the outline says under the heading, a line each: the lead sentence, then the points as "- " items. */
    public List<String> guidance() {
        List<String> lines = new ArrayList<>();
        if (lead != null) {
            lines.add(lead);
        }
        hints.forEach(hint -> lines.add("- " + hint));
        return lines;
    }

    /** Number and title as a heading reads: "1. Thuận lợi", "Phần thứ nhất: Đánh giá kết quả …". */
    public String heading() {
        boolean numeral = number.endsWith(".") || number.endsWith(")");
        return number + (numeral ? " " : ": ") + title;
    }
}
