package vn.congdoan.baocao.system;

import java.util.List;

/** A change refused whole, with every problem named (each naming its row or record and value): nothing was applied. */
public class ProblemsRefused extends UserFacingException {

    private final transient List<String> problems;

    /** @param lead what was refused, before the problems in the message */
    public ProblemsRefused(String lead, List<String> problems) {
        super(lead + " " + String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
