package org.mliadvisor.diagnosis;

import org.junit.jupiter.api.Test;
import org.mliadvisor.knowledge.Language;
import org.mliadvisor.report.JsonReportRenderer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order of reasoning comes from the named phases, never from where a rule stands in its file:
 * with every file's rules declared in reverse, every firm gets the same diagnosis.
 */
class RuleOrderTest {

    private static final Pattern RULE = Pattern.compile("(?m)^(?://[^\\n]*\\n)*rule \"[^\"]+\"[\\s\\S]*?^end\\s*$");

    /** The DRL with its rules (each with the comment above it) in reverse order, the header kept. */
    static String reversed(String drl) {
        Matcher m = RULE.matcher(drl);
        List<String> rules = new ArrayList<>();
        int headerEnd = -1;
        while (m.find()) {
            if (headerEnd < 0) {
                headerEnd = m.start();
            }
            rules.add(m.group());
        }
        Collections.reverse(rules);
        return drl.substring(0, headerEnd) + String.join("\n\n", rules) + "\n";
    }

    private static final Pattern RULE_ID = Pattern.compile("(?m)^rule \"([^\"]+)\"");

    private static List<String> ruleIds(String drl) {
        List<String> ids = new ArrayList<>();
        Matcher m = RULE_ID.matcher(drl);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private static List<String> reversedCopy(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }

    @Test
    void reversingEveryFilesRuleOrderChangesNoDiagnosis() {
        Map<String, String> sources = new LinkedHashMap<>();
        RuleBase.sources().forEach((file, drl) -> sources.put(file, reversed(drl)));
        RuleBase.sources().forEach((file, drl) -> {
            List<String> order = ruleIds(drl);
            if (order.size() > 1) {
                assertThat(ruleIds(sources.get(file))).as(file).isEqualTo(reversedCopy(order));
            }
        });

        JsonReportRenderer json = new JsonReportRenderer(Language.EN);
        try (Diagnostician usual = new Diagnostician(KnowledgeBaseFixture.builtIn());
             Diagnostician backwards = new Diagnostician(KnowledgeBaseFixture.builtIn(), RuleBase.compile(sources))) {
            for (Firm firm : SessionReuseTest.firms(7, 80)) {
                assertThat(json.render(backwards.diagnose(firm.assessment())))
                        .isEqualTo(json.render(usual.diagnose(firm.assessment())));
            }
        }
    }

    @Test
    void reversalKeepsEveryRuleAndItsComment() {
        String drl = RuleBase.sources().get("binding-constraint.drl");
        String back = reversed(drl);
        assertThat(back.split("\nrule \"", -1)).hasSameSizeAs(drl.split("\nrule \"", -1));
        assertThat(back).contains("// Decides the binding constraint").startsWith(drl.substring(0, drl.indexOf("\n//", 10)));
    }
}
