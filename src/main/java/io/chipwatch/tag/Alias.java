package io.chipwatch.tag;

import java.util.List;
import java.util.Objects;

/**
 * One way of writing an entity's name, with the rules that keep it from firing on look-alikes.
 *
 * @param text     the name as written, e.g. {@code "Ascend 910C"}; compared folded (case, accents, dashes)
 * @param language {@code en}, {@code fr}, or {@code any} for names written the same in both
 * @param caseRule how strictly the capitals must match
 * @param requires the alias only counts in a document that also names one of these, plainly:
 *                 an entity id ({@code company:huawei}), {@code jurisdiction:us}, or {@code type:CHIP};
 *                 empty for an alias that always counts
 * @param notAfterName the alias does not count right after a capitalised word that is not itself
 *                 part of a mention, which is how a surname ("Sarah Blackwell") is told from a product
 */
public record Alias(String text, String language, CaseRule caseRule, List<String> requires, boolean notAfterName) {

    public Alias {
        Objects.requireNonNull(text, "text");
        language = language == null ? "any" : language;
        caseRule = caseRule == null ? CaseRule.ANY : caseRule;
        requires = requires == null ? List.of() : List.copyOf(requires);
    }

    /** A plain alias: any case, no condition. */
    public static Alias of(String text, String language) {
        return new Alias(text, language, CaseRule.ANY, List.of(), false);
    }

    /** True when the alias carries a rule against look-alikes. */
    public boolean hasRule() {
        return caseRule != CaseRule.ANY || !requires.isEmpty() || notAfterName;
    }
}
