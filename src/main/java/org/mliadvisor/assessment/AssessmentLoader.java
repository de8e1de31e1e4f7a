package org.mliadvisor.assessment;

import org.mliadvisor.knowledge.Answer;
import org.mliadvisor.knowledge.ContextFactor;
import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.IndicatorDefinition;
import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.knowledge.KpiDefinition;
import org.mliadvisor.knowledge.Weights;
import org.mliadvisor.source.InputException;
import org.mliadvisor.source.MapReader;
import org.mliadvisor.source.Node;
import org.mliadvisor.source.Problems;
import org.mliadvisor.source.Suggestions;
import org.mliadvisor.source.TreeReader;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads an assessment (YAML or JSON) and checks every value against the knowledge base. */
public final class AssessmentLoader {

    /** An assessment file larger than this is refused before it is parsed. */
    public static final long MAX_FILE_BYTES = 8L * 1024 * 1024;

    /** A date as written: YYYY-MM-DD with exactly four digits for the year, no sign. */
    private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private final KnowledgeBase kb;
    private final TreeReader reader = new TreeReader(MAX_FILE_BYTES);

    public AssessmentLoader(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** Reads and checks the assessment in {@code file}. */
    public Assessment load(Path file) throws InputException {
        String display = file.toString();
        Problems problems = new Problems();
        return read(reader.read(file, display, problems), display, problems);
    }

    /** Reads and checks an assessment already in memory ({@code name} decides YAML or JSON). */
    public Assessment load(byte[] content, String name) throws InputException {
        Problems problems = new Problems();
        return read(reader.parse(content, name, TreeReader.syntaxOf(name), problems), name, problems);
    }

    /**
     * Checks an assessment already parsed, e.g. written inline in another file; every problem keeps
     * the location of the file it was written in and a field path relative to the assessment.
     */
    public Assessment load(Node tree, String name) throws InputException {
        return read(tree, name, new Problems());
    }

    /** Checks {@code tree}, adding to the {@code problems} found while reading it (a duplicate key). */
    private Assessment read(Node tree, String display, Problems problems) throws InputException {
        MapReader root = MapReader.of(tree, "", problems).orElse(null);
        if (root == null) {
            problems.throwIfErrors();
        }
        String organization = root.requiredText("organization");
        LocalDate assessedOn = date(root, problems);
        Map<String, String> context = context(root, problems);
        Weights weights = root.optional("weights").map(n -> weights(n, problems)).orElse(null);
        Map<String, Answer> indicators = indicators(root, problems);
        Map<String, KpiObservation> kpis = kpis(root, problems);
        // editors such as VS Code attach a schema to a JSON file by this key; what it names is theirs, not ours
        root.optional("$schema");
        root.rejectUnknown();
        problems.throwIfErrors();
        return new Assessment(organization, assessedOn, context, weights, indicators, kpis, display);
    }

    private static LocalDate date(MapReader root, Problems problems) {
        String text = root.requiredText("assessed_on");
        if (text == null) {
            return null;
        }
        String refused = "`" + text + "` is not a date; expected YYYY-MM-DD with a four-digit year (e.g. 2026-11-01)";
        if (!ISO_DATE.matcher(text).matches()) {
            problems.error(root.location("assessed_on"), "assessed_on", refused);
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.error(root.location("assessed_on"), "assessed_on", refused);
            return null;
        }
    }

    private Map<String, String> context(MapReader root, Problems problems) {
        Map<String, String> context = new LinkedHashMap<>();
        root.optional("context").flatMap(n -> MapReader.of(n, "context", problems)).ifPresent(m -> {
            for (Node.Entry entry : m.node().entries().values()) {
                String path = m.path(entry.key());
                ContextFactor factor = kb.context().get(entry.key());
                if (factor == null) {
                    problems.error(entry.keyLocation(), path, "unknown context factor" + Suggestions.hint(entry.key(), kb.context().keySet())
                            + "; expected one of: " + String.join(", ", kb.context().keySet()));
                    continue;
                }
                String value = m.text(entry.value(), path);
                if (value == null) {
                    continue;
                }
                if (!factor.values().contains(value)) {
                    problems.error(entry.value().location(), path, "`" + value + "` is not allowed" + Suggestions.hint(value, factor.values())
                            + "; expected one of: " + String.join(", ", factor.values()));
                    continue;
                }
                context.put(entry.key(), value);
            }
        });
        return context;
    }

    private static Weights weights(Node node, Problems problems) {
        return MapReader.of(node, "weights", problems).map(m -> {
            Map<Dimension, Double> byDimension = new EnumMap<>(Dimension.class);
            for (Dimension d : Dimension.values()) {
                Double w = m.requiredNumber(d.name(), 0, 1);
                if (w != null) {
                    byDimension.put(d, w);
                }
            }
            m.rejectUnknown();
            if (byDimension.size() != Dimension.values().length) {
                return null;
            }
            double sum = byDimension.values().stream().mapToDouble(Double::doubleValue).sum();
            if (!Weights.sumsToOne(sum)) {
                problems.error(m.location(), "weights", "the weights sum to " + MapReader.plain(Math.round(sum * 10000) / 10000.0)
                        + "; wS + wT + wR must equal 1");
                return null;
            }
            return Weights.of(byDimension);
        }).orElse(null);
    }

    private Map<String, Answer> indicators(MapReader root, Problems problems) {
        Map<String, Answer> values = new LinkedHashMap<>();
        root.optional("indicators").flatMap(n -> MapReader.of(n, "indicators", problems)).ifPresent(m -> {
            for (Node.Entry entry : m.node().entries().values()) {
                String path = m.path(entry.key());
                IndicatorDefinition indicator = kb.indicators().get(entry.key());
                if (indicator == null) {
                    problems.error(entry.keyLocation(), path, "unknown indicator" + Suggestions.hint(entry.key(), kb.indicators().keySet()));
                    continue;
                }
                Node value = entry.value();
                if (value instanceof Node.ScalarNode scalar && scalar.value() == null) {
                    continue; // written but left blank: not answered
                }
                if (indicator.scale().isYesNo()) {
                    if (value instanceof Node.ScalarNode scalar && scalar.value() instanceof Boolean b) {
                        values.put(entry.key(), Answer.of(b));
                    } else {
                        problems.error(value.location(), path, "expected true or false (a yes/no indicator), found " + value.describe());
                    }
                    continue;
                }
                Double raw = m.number(value, path, indicator.scale().min(), indicator.scale().max());
                if (raw != null) {
                    values.put(entry.key(), Answer.of(raw));
                }
            }
        });
        return values;
    }

    private Map<String, KpiObservation> kpis(MapReader root, Problems problems) {
        Map<String, KpiObservation> kpis = new LinkedHashMap<>();
        root.optional("kpis").flatMap(n -> MapReader.of(n, "kpis", problems)).ifPresent(m -> {
            for (Node.Entry entry : m.node().entries().values()) {
                String path = m.path(entry.key());
                KpiDefinition kpi = kb.kpis().get(entry.key());
                if (kpi == null) {
                    problems.error(entry.keyLocation(), path, "unknown KPI" + Suggestions.hint(entry.key(), kb.kpis().keySet()));
                    continue;
                }
                double max = kpi.unit().max();
                MapReader.of(entry.value(), path, problems).ifPresent(k -> {
                    Double actual = k.requiredNumber("actual", 0, max);
                    Double target = k.requiredNumber("target", 0, max);
                    k.rejectUnknown();
                    if (target != null && !kpi.measurableAgainst(target)) {
                        problems.error(k.location("target"), k.path("target"), "a target of " + MapReader.plain(target)
                                + " leaves nothing to measure the gap against: the knowledge base gives `" + kpi.id()
                                + "` no floor (kpis.yaml gap.floor)");
                        return;
                    }
                    if (actual != null && target != null) {
                        kpis.put(entry.key(), new KpiObservation(entry.key(), actual, target));
                    }
                });
            }
        });
        return kpis;
    }
}
