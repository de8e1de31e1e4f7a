package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.Intervention;
import org.mliadvisor.knowledge.MethodSettings;
import org.mliadvisor.knowledge.MethodSettings.RankingWeights;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The ranking score of a recommended intervention, the one place its formula lives (the rule
 * {@code interventions.recommend} computes it):
 *
 * <pre>
 * score = depth·D + kpiRelief·K + bindingBonus·B − effort·(effort points − 1) − lateness·(weeks to impact / horizon)
 * </pre>
 *
 * where D is the depth of the deepest weakness that triggers it ({@link Weakness#depth}: 1 − the indicator's
 * score, so a practice not done at all is 1; or how far apart marketing and logistics see a dimension, over
 * the answer scale's range), K is the KPI gaps it closes (the most severe one's severity weight whole, each
 * further one at {@code otherKpisShare}, so a long list of moved KPIs does not outweigh the diagnosis),
 * B is 1 when it acts on the binding constraint (a strong bonus, not a partition: a cheap, decisive
 * lever elsewhere can still rank high), effort points are 1 (low) to 3 (high), and the time to impact
 * is measured against the roadmap's length ({@code horizon}, 16 weeks in the shipped knowledge base). The
 * weights are the knowledge base's ({@code method.yaml}).
 *
 * @param weakest the triggering weakness that sets D, or {@code null} when only KPIs or context triggered it
 */
public record RankingScore(double depth, Weakness weakest, double kpiRelief, boolean onBinding, int effortPoints,
                           int weeksToImpact, int horizon, RankingWeights weights, double total) {

    public RankingScore {
        if (!(depth >= 0 && depth <= 1) || !(kpiRelief >= 0)) {
            throw new IllegalArgumentException("depth must be 0..1 and KPI relief ≥ 0");
        }
        if (horizon < 1) {
            throw new IllegalArgumentException("the roadmap lasts at least a week");
        }
        Objects.requireNonNull(weights, "weights");
    }

    public static RankingScore of(Intervention intervention, List<Weakness> triggers, List<KpiGap> moved,
                                  BindingOutcome binding, MethodSettings method, int horizon) {
        Weakness weakest = triggers.stream().max(Comparator.comparingDouble(Weakness::depth)
                .thenComparing(Weakness::about, Comparator.reverseOrder())).orElse(null);
        double depth = weakest == null ? 0 : weakest.depth();
        List<KpiGap> relieved = moved.stream().filter(g -> g.weight() > 0)
                .sorted(Comparator.comparingDouble(KpiGap::weight).reversed().thenComparing(KpiGap::kpiId)).toList();
        RankingWeights w = method.ranking();
        double relief = 0;
        for (int i = 0; i < relieved.size(); i++) {
            relief += relieved.get(i).weight() * (i == 0 ? 1 : w.otherKpisShare());
        }
        relief = Numbers.exact(relief);
        boolean onBinding = binding.isBinding(intervention.dimension());
        int points = intervention.effort().points();
        int weeks = intervention.weeksToImpact();
        double total = w.depth() * depth + w.kpiRelief() * relief + (onBinding ? w.bindingBonus() : 0)
                - w.effort() * (points - 1) - w.lateness() * ((double) weeks / horizon);
        return new RankingScore(depth, weakest, relief, onBinding, points, weeks, horizon, w, Numbers.exact(total));
    }

    /** Each term's contribution to the score, by name, as the explanation lists them. */
    public Map<String, String> terms() {
        Map<String, String> terms = new LinkedHashMap<>();
        terms.put("score", Numbers.format(total, 3));
        terms.put("depth", Numbers.format(depth, 3) + " × " + Numbers.format(weights.depth(), 2)
                + (weakest instanceof IndicatorScore s ? " (" + s.indicatorId() + " scores " + Numbers.format(s.score(), 3) + ")"
                : weakest instanceof PerceptionGap g ? " (marketing and logistics " + Numbers.format(g.distance(), 2)
                + " scale points apart on " + g.dimension() + ", of " + (g.scalePoints() - 1) + ")"
                : " (no indicator triggered it)"));
        terms.put("KPI relief", Numbers.format(kpiRelief, 3) + " × " + Numbers.format(weights.kpiRelief(), 2));
        terms.put("binding bonus", onBinding ? "+" + Numbers.format(weights.bindingBonus(), 2) : "0");
        terms.put("effort cost", "−" + Numbers.format(weights.effort() * (effortPoints - 1), 3));
        terms.put("time cost", "−" + Numbers.format(weights.lateness() * weeksToImpact / horizon, 3)
                + " (" + weeksToImpact + " weeks to impact)");
        return terms;
    }
}
