package org.mliadvisor.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.mliadvisor.assessment.survey.ItemSums;
import org.mliadvisor.diagnosis.Numbers;
import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.report.OutputFile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The sample's picture, gathered firm by firm as a batch streams: how often each dimension binds, the
 * MLI histogram, Cronbach's α per dimension across the surveyed firms, and Spearman's ρ of MLI and of
 * each dimension with each KPI's attainment (the paper's hypotheses: integration goes with OTIF,
 * forecast accuracy and inventory). Ranks need every value, so it keeps per firm only the figures the
 * correlations and α need, as primitive doubles: (4 + KPIs + 3) × 8 bytes, 128 MB for 10⁶ firms on the
 * built-in knowledge base's 9 KPIs.
 *
 * <p>A KPI's attainment is minus its gap as the knowledge base measures it ({@code KpiDefinition.gap}):
 * direction-aware (for a lower-is-better KPI, being below target is attainment), relative to the
 * target or, for a failure-rate KPI such as OTIF, to the target failure rate; 0 at target, positive
 * beyond it. Higher is better for every KPI, so a positive ρ supports "more integration, better KPI".
 */
public final class SampleStatistics {

    /** The sample's summary in Markdown. */
    public static final String MARKDOWN = "sample.md";
    /** The sample's summary in JSON. */
    public static final String JSON = "sample.json";

    static final int BINS = 10;

    private static final String ATTAINMENT = "A KPI's attainment is minus the knowledge base's direction-aware gap to"
            + " the firm's target (kpis.yaml gap: relative to the target, or for a failure-rate KPI to the target"
            + " failure rate): 0 at target, positive beyond it, higher is better for every KPI.";
    private static final String METHOD = "Spearman's rho over the firms that have both figures (ties take average"
            + " ranks); two-sided p from t = rho*sqrt((n-2)/(1-rho^2)) with n-2 degrees of freedom, as R's"
            + " cor.test(method = \"spearman\", exact = FALSE).";

    private final List<String> kpis;
    private long firms;
    private final Map<String, Long> binding = new TreeMap<>();
    private final long[] histogram = new long[BINS];
    private long incomplete;
    private final DoubleColumn mli = new DoubleColumn();
    private final Map<Dimension, DoubleColumn> scores = new EnumMap<>(Dimension.class);
    private final Map<Dimension, DoubleColumn> alpha = new EnumMap<>(Dimension.class);
    private final Map<String, DoubleColumn> attainment = new LinkedHashMap<>();
    private final Map<Dimension, ItemSums> pooled = new EnumMap<>(Dimension.class);

    public SampleStatistics(KnowledgeBase kb) {
        this.kpis = List.copyOf(kb.kpis().keySet());
        for (Dimension d : Dimension.values()) {
            scores.put(d, new DoubleColumn());
            alpha.put(d, new DoubleColumn());
        }
        kpis.forEach(k -> attainment.put(k, new DoubleColumn()));
    }

    /** Counts one diagnosed firm in. */
    public void add(FirmResult firm) {
        long index = firms++;
        binding.merge(firm.binding().isEmpty() ? firm.basis() : firm.binding(), 1L, Long::sum);
        if (firm.mli() == null) {
            incomplete++;
        } else {
            histogram[Math.min(BINS - 1, (int) Math.floor(firm.mli() * BINS))]++;
            mli.set(index, firm.mli());
        }
        firm.scores().forEach((d, s) -> scores.get(d).set(index, s));
        firm.alpha().forEach((d, a) -> alpha.get(d).set(index, a));
        firm.itemSums().forEach((d, sums) -> pooled.merge(d, sums, ItemSums::plus));
        firm.attainment().forEach((k, a) -> {
            DoubleColumn column = attainment.get(k);
            if (column != null) {
                column.set(index, a);
            }
        });
    }

    /** How many firms were counted. */
    public long firms() {
        return firms;
    }

    /** The figures of the summary, as {@code sample.json} holds them. */
    public Map<String, Object> summary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("firms", firms);
        summary.put("binding", new LinkedHashMap<>(binding));
        List<Map<String, Object>> bins = new ArrayList<>();
        for (int b = 0; b < BINS; b++) {
            Map<String, Object> bin = new LinkedHashMap<>();
            bin.put("from", b / (double) BINS);
            bin.put("to", (b + 1) / (double) BINS);
            bin.put("firms", histogram[b]);
            bins.add(bin);
        }
        Map<String, Object> mliSummary = new LinkedHashMap<>();
        mliSummary.put("bins", bins);
        mliSummary.put("last_bin_includes_1", true);
        mliSummary.put("incomplete", incomplete);
        summary.put("mli_histogram", mliSummary);
        Map<String, Object> alphas = new LinkedHashMap<>();
        alpha.forEach((d, column) -> {
            double[] known = column.known();
            ItemSums sums = pooled.get(d);
            if (known.length == 0 && sums == null) {
                return;
            }
            Map<String, Object> figures = known.length > 0 ? distribution(known) : new LinkedHashMap<>(Map.of("firms", 0));
            if (sums != null) {
                figures.put("pooled", sums.alpha().isDefined() ? sums.alpha().value() : null);
                figures.put("respondents", sums.n());
            }
            alphas.put(d.name(), figures);
        });
        summary.put("alpha", alphas);
        summary.put("attainment", ATTAINMENT);
        summary.put("method", METHOD);
        summary.put("correlations", correlations());
        return summary;
    }

    /** ρ of MLI and of each dimension with each KPI's attainment, KPI by KPI. */
    private List<Map<String, Object>> correlations() {
        Map<String, DoubleColumn> variables = new LinkedHashMap<>();
        variables.put("MLI", mli);
        scores.forEach((d, column) -> variables.put(d.name(), column));
        record Pair(String variable, String kpi) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (String kpi : kpis) {
            if (attainment.get(kpi).size() > 0) { // a KPI no firm reported has no row
                variables.keySet().forEach(name -> pairs.add(new Pair(name, kpi)));
            }
        }
        // each complete column is ranked once here, for every pair it is in (the ranking is kept by the column,
        // which is not for several threads to fill); a pair whose columns miss cases ranks its own cases, a
        // fraction of a second for a hundred thousand firms, so the pairs are then worked out side by side
        variables.values().stream().filter(DoubleColumn::complete).forEach(DoubleColumn::ranks);
        attainment.values().stream().filter(DoubleColumn::complete).forEach(DoubleColumn::ranks);
        List<Spearman> found = pairs.parallelStream()
                .map(pair -> Spearman.of(variables.get(pair.variable()), attainment.get(pair.kpi()))).toList();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            Spearman s = found.get(i);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("variable", pairs.get(i).variable());
            row.put("kpi", pairs.get(i).kpi());
            row.put("n", s.n());
            row.put("rho", s.rho());
            row.put("p", s.p());
            rows.add(row);
        }
        return rows;
    }

    private static Map<String, Object> distribution(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("firms", n);
        d.put("mean", Arrays.stream(sorted).sum() / n);
        d.put("median", n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2);
        d.put("min", sorted[0]);
        d.put("max", sorted[n - 1]);
        return d;
    }

    /** Writes {@code sample.json} and {@code sample.md} into {@code folder}; the files written. */
    public List<Path> write(Path folder) throws OutputFile.OutputException {
        Map<String, Object> summary = summary();
        Path json = folder.resolve(JSON);
        Path markdown = folder.resolve(MARKDOWN);
        try {
            OutputFile.write(json, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(summary) + "\n");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the sample's summary is plain maps and numbers", e);
        }
        OutputFile.write(markdown, markdown(summary));
        return List.of(json, markdown);
    }

    @SuppressWarnings("unchecked")
    static String markdown(Map<String, Object> summary) {
        StringBuilder md = new StringBuilder("# Sample\n\n");
        md.append("Firms diagnosed: ").append(summary.get("firms")).append("\n\n");
        md.append("## Binding constraint\n\n| Binding | Firms |\n|---|---:|\n");
        ((Map<String, Long>) summary.get("binding")).forEach((label, count) ->
                md.append("| ").append(label).append(" | ").append(count).append(" |\n"));
        Map<String, Object> histogram = (Map<String, Object>) summary.get("mli_histogram");
        md.append("\n## MLI histogram\n\nHeadline MLI (every dimension with enough evidence); the last bin includes 1.\n\n")
                .append("| MLI | Firms |\n|---|---:|\n");
        for (Map<String, Object> bin : (List<Map<String, Object>>) histogram.get("bins")) {
            md.append("| ").append(Numbers.format((Double) bin.get("from"), 1)).append("–")
                    .append(Numbers.format((Double) bin.get("to"), 1)).append(" | ").append(bin.get("firms")).append(" |\n");
        }
        md.append("| incomplete (no headline) | ").append(histogram.get("incomplete")).append(" |\n");
        Map<String, Map<String, Object>> alphas = (Map<String, Map<String, Object>>) summary.get("alpha");
        md.append("\n## Cronbach's α per dimension\n\n");
        if (alphas.isEmpty()) {
            md.append("No firm was surveyed.\n");
        } else {
            md.append("Across the surveyed firms: each firm's α on its own respondents (mean, median, min, max), and the"
                    + " pooled α of every respondent of the sample who answered all the dimension's items.\n\n")
                    .append("| Dimension | Firms | Mean | Median | Min | Max | Pooled α | Respondents |\n")
                    .append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
            alphas.forEach((d, a) -> md.append("| ").append(d).append(" | ").append(a.get("firms"))
                    .append(" | ").append(number(a.get("mean"), 3)).append(" | ").append(number(a.get("median"), 3))
                    .append(" | ").append(number(a.get("min"), 3)).append(" | ").append(number(a.get("max"), 3))
                    .append(" | ").append(number(a.get("pooled"), 3)).append(" | ").append(a.getOrDefault("respondents", "–"))
                    .append(" |\n"));
        }
        md.append("\n## Integration and KPI attainment (Spearman)\n\n").append(summary.get("attainment")).append(' ')
                .append(summary.get("method")).append("\n\n");
        List<Map<String, Object>> rows = (List<Map<String, Object>>) summary.get("correlations");
        if (rows.isEmpty()) {
            md.append("No firm reported a KPI.\n");
        } else {
            md.append("| KPI | Variable | n | ρ | p |\n|---|---|---:|---:|---:|\n");
            for (Map<String, Object> row : rows) {
                md.append("| ").append(row.get("kpi")).append(" | ").append(row.get("variable")).append(" | ")
                        .append(row.get("n")).append(" | ").append(number(row.get("rho"), 3)).append(" | ")
                        .append(pValue((Double) row.get("p"))).append(" |\n");
            }
        }
        return md.toString();
    }

    private static String number(Object value, int decimals) {
        return value == null ? "–" : Numbers.format((Double) value, decimals);
    }

    /** A p-value as papers print it: four decimals, or {@code < 0.0001}. */
    private static String pValue(Double p) {
        if (p == null) {
            return "–";
        }
        return p < 0.0001 ? "< 0.0001" : String.format(Locale.ROOT, "%.4f", p);
    }
}
