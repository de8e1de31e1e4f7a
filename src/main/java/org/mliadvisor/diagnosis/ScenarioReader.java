package org.mliadvisor.diagnosis;

import org.mliadvisor.assessment.Assessment;
import org.mliadvisor.knowledge.Answer;
import org.mliadvisor.knowledge.AnswerReader;
import org.mliadvisor.knowledge.ContextFactor;
import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.knowledge.KpiDefinition;
import org.mliadvisor.knowledge.Weights;
import org.mliadvisor.source.InputException;
import org.mliadvisor.source.MapReader;
import org.mliadvisor.source.Node;
import org.mliadvisor.source.Problems;
import org.mliadvisor.source.SourceLocation;
import org.mliadvisor.source.Suggestions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a what-if's changes as a command line writes them ({@code --set ID=VALUE}, {@code --implement ID},
 * {@code --weights S=…,T=…,R=…}) against a knowledge base and the assessment they change, every problem at once. Each
 * problem names the option, the id and what was expected, with the closest known id when there is one; indicator
 * values are typed and range-checked by the same reader, and with the same messages, as an assessment file's.
 */
public final class ScenarioReader {

    /** The option of each kind of change, as problems name it. */
    public static final String SET = "--set";
    public static final String IMPLEMENT = "--implement";
    public static final String WEIGHTS = "--weights";

    private static final String KPI = "kpi.";
    private static final String CONTEXT = "context.";
    private static final Pattern WHOLE = Pattern.compile("[-+]?[0-9]{1,15}");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?");

    private final KnowledgeBase kb;

    public ScenarioReader(KnowledgeBase kb) {
        this.kb = kb;
    }

    /**
     * The scenario of {@code sets}, {@code implement} and {@code weights} (or {@code null} for none) for
     * {@code assessment}.
     *
     * @throws InputException with every problem found, each located at the option that gave it
     */
    public Scenario read(Assessment assessment, List<String> sets, List<String> implement, String weights) throws InputException {
        Problems problems = new Problems();
        Map<String, Answer> indicators = new LinkedHashMap<>();
        Map<String, Double[]> kpis = new LinkedHashMap<>();
        Map<String, String> context = new LinkedHashMap<>();
        readSets(sets, indicators, kpis, context, problems);
        Map<String, Scenario.KpiValues> kpiValues = new LinkedHashMap<>();
        kpis.forEach((id, values) -> {
            if (!assessment.kpis().containsKey(id) && (values[0] == null || values[1] == null)) {
                problems.error(at(SET), KPI + id, "the assessment reports no " + id + ", so there is nothing to keep; state both "
                        + KPI + id + ".actual and " + KPI + id + ".target");
            } else if (values[0] != null || values[1] != null) {
                kpiValues.put(id, new Scenario.KpiValues(values[0], values[1]));
            }
        });
        List<String> implemented = interventions(implement, problems);
        Weights chosen = weights == null ? null : weights(weights, problems);
        problems.throwIfErrors();
        return new Scenario(indicators, kpiValues, context, implemented, chosen);
    }

    private static SourceLocation at(String option) {
        return SourceLocation.ofFile(option);
    }

    private void readSets(List<String> sets, Map<String, Answer> indicators, Map<String, Double[]> kpis,
                          Map<String, String> context, Problems problems) {
        MapReader values = values(problems);
        Map<String, Node.Entry> indicatorEntries = new LinkedHashMap<>();
        Map<String, String> given = new LinkedHashMap<>();
        for (int i = 0; i < sets.size(); i++) {
            String set = sets.get(i);
            // each setting's place on the command line orders its problems, whichever reader finds them
            SourceLocation at = new SourceLocation(SET, 0, i + 1);
            int eq = set.indexOf('=');
            if (eq <= 0) {
                problems.error(at, "", "`" + set + "` is not ID=VALUE; expected an indicator (S.sop_cycle=3), "
                        + "kpi.<id>.actual=V, kpi.<id>.target=V or context.<factor>=value");
                continue;
            }
            String id = set.substring(0, eq).strip();
            String text = set.substring(eq + 1).strip();
            String earlier = given.putIfAbsent(id, text);
            if (earlier != null) {
                problems.error(at, id, "is given twice (" + earlier + " and " + text + "); give each value once");
                continue;
            }
            Node.ScalarNode value = new Node.ScalarNode(at, scalar(text));
            if (id.startsWith(KPI)) {
                kpi(id, value, values, kpis, problems, at);
            } else if (id.startsWith(CONTEXT)) {
                context(id, text, context, problems, at);
            } else if (kb.indicators().containsKey(id)) {
                indicatorEntries.put(id, new Node.Entry(id, at, value));
            } else {
                problems.error(at, id, "unknown indicator, KPI or context factor" + Suggestions.hint(id, settable())
                        + "; expected an indicator id, kpi.<id>.actual, kpi.<id>.target or context.<factor>");
            }
        }
        MapReader.of(new Node.MapNode(at(SET), indicatorEntries), "", problems)
                .ifPresent(m -> indicators.putAll(new AnswerReader(kb.indicators(), problems).read(m, false)));
    }

    /** A reader of single values, for the number checks an assessment's values get. */
    private static MapReader values(Problems problems) {
        return MapReader.of(new Node.MapNode(at(SET), Map.of()), "", problems).orElseThrow();
    }

    private void kpi(String id, Node.ScalarNode value, MapReader values, Map<String, Double[]> kpis, Problems problems,
                     SourceLocation at) {
        int dot = id.lastIndexOf('.');
        String field = id.substring(dot + 1);
        String kpiId = dot < KPI.length() ? "" : id.substring(KPI.length(), dot);
        if (kpiId.isEmpty() || !(field.equals("actual") || field.equals("target"))) {
            problems.error(at, id, "expected kpi.<id>.actual or kpi.<id>.target, e.g. kpi.otif.actual=88");
            return;
        }
        KpiDefinition kpi = kb.kpis().get(kpiId);
        if (kpi == null) {
            problems.error(at, id, "unknown KPI `" + kpiId + "`" + Suggestions.hint(kpiId, kb.kpis().keySet()));
            return;
        }
        Double number = values.number(value, id, 0, kpi.unit().max());
        if (number == null) {
            return;
        }
        if (field.equals("target") && !kpi.measurableAgainst(number)) {
            problems.error(at, id, "a target of " + MapReader.plain(number) + " leaves nothing to measure the gap against: "
                    + "the knowledge base gives `" + kpiId + "` no floor (kpis.yaml gap.floor)");
            return;
        }
        kpis.computeIfAbsent(kpiId, k -> new Double[2])[field.equals("actual") ? 0 : 1] = number;
    }

    private void context(String id, String value, Map<String, String> context, Problems problems, SourceLocation at) {
        String factorId = id.substring(CONTEXT.length());
        ContextFactor factor = kb.context().get(factorId);
        if (factor == null) {
            problems.error(at, id, "unknown context factor `" + factorId + "`" + Suggestions.hint(factorId, kb.context().keySet())
                    + "; expected one of: " + String.join(", ", kb.context().keySet()));
        } else if (!factor.values().contains(value)) {
            problems.error(at, id, "`" + value + "` is not allowed" + Suggestions.hint(value, factor.values())
                    + "; expected one of: " + String.join(", ", factor.values()));
        } else {
            context.put(factorId, value);
        }
    }

    /** Every id {@code --set} takes, for suggestions. */
    private Set<String> settable() {
        Set<String> ids = new LinkedHashSet<>(kb.indicators().keySet());
        kb.kpis().keySet().forEach(k -> {
            ids.add(KPI + k + ".actual");
            ids.add(KPI + k + ".target");
        });
        kb.context().keySet().forEach(f -> ids.add(CONTEXT + f));
        return ids;
    }

    /** A value as a YAML file would type it: true or false, a decimal number, nothing, or text. */
    private static Object scalar(String text) {
        if (text.isEmpty()) {
            return null;
        }
        if (text.equals("true") || text.equals("false")) {
            return Boolean.valueOf(text);
        }
        if (WHOLE.matcher(text).matches()) {
            return Long.valueOf(text);
        }
        if (DECIMAL.matcher(text).matches()) {
            double number = Double.parseDouble(text);
            return Double.isFinite(number) ? number : text;
        }
        return text;
    }

    private List<String> interventions(List<String> implement, Problems problems) {
        Set<String> ids = new LinkedHashSet<>();
        for (String id : implement) {
            String stripped = id.strip();
            if (kb.interventions().containsKey(stripped)) {
                ids.add(stripped);
            } else {
                problems.error(at(IMPLEMENT), stripped, "unknown intervention" + Suggestions.hint(stripped, kb.interventions().keySet()));
            }
        }
        return new ArrayList<>(ids);
    }

    private static Weights weights(String text, Problems problems) {
        long earlier = problems.errorCount();
        MapReader values = values(problems);
        Map<Dimension, Double> byDimension = new EnumMap<>(Dimension.class);
        Set<Dimension> named = EnumSet.noneOf(Dimension.class);
        for (String part : text.split(",", -1)) {
            int eq = part.indexOf('=');
            String name = eq < 0 ? "" : part.substring(0, eq).strip().toUpperCase(Locale.ROOT);
            Dimension dimension = Arrays.stream(Dimension.values()).filter(d -> d.name().equals(name)).findFirst()
                    .orElse(null);
            if (dimension == null) {
                problems.error(at(WEIGHTS), "", "`" + part.strip() + "` is not a dimension's weight; expected S=…,T=…,R=… "
                        + "summing to 1, e.g. S=0.5,T=0.25,R=0.25");
            } else if (!named.add(dimension)) {
                problems.error(at(WEIGHTS), name, "is given twice; give each weight once");
            } else {
                Double weight = values.number(new Node.ScalarNode(at(WEIGHTS), scalar(part.substring(eq + 1).strip())), name, 0, 1);
                if (weight != null) {
                    byDimension.put(dimension, weight);
                }
            }
        }
        for (Dimension d : Dimension.values()) {
            if (!named.contains(d)) {
                problems.error(at(WEIGHTS), d.name(), "is required but missing; expected S=…,T=…,R=… summing to 1");
            }
        }
        if (problems.errorCount() > earlier) {
            return null;
        }
        double sum = byDimension.values().stream().mapToDouble(Double::doubleValue).sum();
        if (!Weights.sumsToOne(sum)) {
            problems.error(at(WEIGHTS), "", "the weights sum to " + MapReader.plain(Math.round(sum * 10000) / 10000.0)
                    + "; wS + wT + wR must equal 1");
            return null;
        }
        return Weights.of(byDimension);
    }
}
