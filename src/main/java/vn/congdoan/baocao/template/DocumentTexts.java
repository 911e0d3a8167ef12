package vn.congdoan.baocao.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The fixed wording of a campaign's documents: the plan's body, and what a unit's report and the
 * provincial report print around the texts users write. A text may name the cycle's data in braces
 * ({@link #PLACEHOLDERS}) and mark **bold** or *italic* words; users' own texts are never read so.
 */
public record DocumentTexts(PlanTexts plan, ReportTexts unitReport, ReportTexts provinceReport) {

    /**
     * The names a text may hold in braces. The deadlines read "trước ngày 15 tháng 8 năm 2020" and, with
     * {@code .short}, "trước ngày 15/8/2020", as the cycle's deadline rule has it. {@code reportSerial} and
     * {@code reportDate} are a report's own number and date (in the reports' texts), as its header prints them.
     */
    public static final Set<String> PLACEHOLDERS = Set.of("planNumber", "planSerial", "planDate", "place", "issuer",
            "superior", "title", "legalBasis", "resolution", "unit", "reportSerial", "reportDate",
            "unitReview", "unitReview.short", "unitReport", "unitReport.short",
            "provinceReview", "provinceReview.short", "submission", "submission.short", "cutOff", "cutOff.short");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    /** The plan: its title word, the opening paragraph, the body (I–IV), and the appendices' captions. */
    public record PlanTexts(String title, String opening, List<Block> body, String outlineCaption, String tableCaption) {

        public PlanTexts {
            body = body == null ? List.of() : List.copyOf(body);
        }
    }

    /** A heading (bold) or a paragraph of the plan's body. */
    public record Block(String heading, String text) {
    }

    /**
     * What a report prints around its texts.
     *
     * @param number        the "Số:" line, the number left blank for the registry ("Số:      /BC-LĐLĐ")
     * @param numberByKind  the same line for a unit of a given kind (DISTRICT, SECTOR, …), where it differs
     * @param signature     who signs a unit's report; the provincial report is signed by the cycle's signer
     * @param recipients    "Nơi nhận" of a unit's report; the provincial report takes the cycle's
     */
    public record ReportTexts(String title, String number, Map<String, String> numberByKind, Signature signature,
                              List<String> recipients, String appendixCaption) {

        public ReportTexts {
            numberByKind = numberByKind == null ? Map.of() : Map.copyOf(numberByKind);
            recipients = recipients == null ? List.of() : List.copyOf(recipients);
        }

        public String number(String kind) {
            return numberByKind.getOrDefault(kind, number);
        }
    }

    public record Signature(String authority, String title) {
    }

    /** Every text, for the NFC check. */
    Stream<String> texts() {
        Stream<String> plan = this.plan == null ? Stream.empty() : Stream.concat(
                Stream.of(this.plan.title(), this.plan.opening(), this.plan.outlineCaption(), this.plan.tableCaption()),
                this.plan.body().stream().flatMap(b -> Stream.of(b.heading(), b.text())));
        return Stream.concat(plan, Stream.of(unitReport, provinceReport).filter(r -> r != null).flatMap(r -> Stream.concat(
                Stream.concat(Stream.of(r.title(), r.number(), r.appendixCaption()), r.numberByKind().values().stream()),
                Stream.concat(r.recipients().stream(), r.signature() == null ? Stream.empty()
                        : Stream.of(r.signature().authority(), r.signature().title())))))
                .filter(t -> t != null);
    }

    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (plan == null || plan.title() == null || plan.body().isEmpty()) {
            problems.add("documents.plan: cần có title và body (tên và nội dung kế hoạch)");
        }
        if (unitReport == null || unitReport.title() == null || unitReport.number() == null || unitReport.signature() == null) {
            problems.add("documents.unitReport: cần có title, number và signature (tên, số hiệu, người ký báo cáo của đơn vị)");
        }
        if (provinceReport == null || provinceReport.title() == null || provinceReport.number() == null) {
            problems.add("documents.provinceReport: cần có title và number (tên, số hiệu báo cáo của tỉnh)");
        }
        if (plan != null) {
            plan.body().stream().filter(b -> (b.heading() == null) == (b.text() == null))
                    .forEach(b -> problems.add("documents.plan.body: mỗi khối là một tiêu đề (heading) hoặc một đoạn (text), không phải cả hai hay không có gì: " + b));
        }
        texts().forEach(text -> {
            Matcher names = PLACEHOLDER.matcher(text);
            while (names.find()) {
                if (!PLACEHOLDERS.contains(names.group(1))) {
                    problems.add("documents: tên chưa biết {" + names.group(1) + "} trong «" + text + "»");
                }
            }
        });
        return problems;
    }

    /** The text with each {name} replaced by its value. */
    public static String fill(String text, Map<String, String> values) {
        if (text == null) {
            return null;
        }
        Matcher names = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (names.find()) {
            String value = values.get(names.group(1));
            names.appendReplacement(filled, Matcher.quoteReplacement(value == null ? "" : value));
        }
        names.appendTail(filled);
        return filled.toString();
    }
}
