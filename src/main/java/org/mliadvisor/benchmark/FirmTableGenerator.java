package org.mliadvisor.benchmark;

import org.mliadvisor.knowledge.ContextFactor;
import org.mliadvisor.knowledge.Direction;
import org.mliadvisor.knowledge.IndicatorDefinition;
import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.knowledge.KpiDefinition;
import org.mliadvisor.knowledge.KpiUnit;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a table of synthetic firms for {@code mli batch}, one row per firm, every value valid for the
 * knowledge base: each firm has a hidden integration level that drives its indicator answers and,
 * with noise, how close its KPIs come to target, so the sample's correlations have something to find.
 * The same seed writes the same table.
 */
public final class FirmTableGenerator {

    /** The share of indicator cells left blank, as real answers leave some. */
    private static final double BLANK = 0.05;

    private final KnowledgeBase kb;
    private final long seed;

    public FirmTableGenerator(KnowledgeBase kb, long seed) {
        this.kb = kb;
        this.seed = seed;
    }

    /** The header: firm, the indicator ids, context factors, then each KPI's actual and target. */
    public List<String> header() {
        List<String> header = new ArrayList<>();
        header.add("firm");
        header.addAll(kb.indicators().keySet());
        kb.context().keySet().forEach(id -> header.add("context." + id));
        for (String kpi : kb.kpis().keySet()) {
            header.add("kpi." + kpi + ".actual");
            header.add("kpi." + kpi + ".target");
        }
        return header;
    }

    /** Writes the header and {@code firms} rows, comma-separated, with CRLF line ends. */
    public void write(Writer out, long firms) throws IOException {
        Random random = new Random(seed);
        out.write(String.join(",", header()));
        out.write("\r\n");
        List<String> row = new ArrayList<>();
        for (long f = 1; f <= firms; f++) {
            row.clear();
            double level = random.nextDouble();
            row.add("Firm " + f);
            for (IndicatorDefinition indicator : kb.indicators().values()) {
                double own = clamp(level + random.nextGaussian() * 0.2);
                if (random.nextDouble() < BLANK) {
                    row.add("");
                } else if (indicator.scale().isYesNo()) {
                    row.add(own >= 0.5 ? "true" : "false");
                } else {
                    double min = indicator.scale().min();
                    double max = indicator.scale().max();
                    row.add(plain(Math.round(min + own * (max - min))));
                }
            }
            for (ContextFactor factor : kb.context().values()) {
                row.add(factor.values().get(random.nextInt(factor.values().size())));
            }
            for (KpiDefinition kpi : kb.kpis().values()) {
                double target = target(kpi);
                // a firm further along integration is closer to (or beyond) its target
                double shortfall = clamp(0.6 - 0.7 * level + random.nextGaussian() * 0.15 + 0.2) * 0.5;
                double actual = kpi.better() == Direction.HIGHER ? target * (1 - shortfall) : target * (1 + shortfall);
                row.add(plain(Math.min(kpi.unit().max(), Math.max(0, actual))));
                row.add(plain(target));
            }
            out.write(String.join(",", row));
            out.write("\r\n");
        }
    }

    /** A plausible target in the KPI's unit. */
    private static double target(KpiDefinition kpi) {
        if (kpi.unit() == KpiUnit.PERCENT) {
            return kpi.better() == Direction.HIGHER ? 90 : 5;
        }
        return kpi.unit() == KpiUnit.DAYS ? 30 : 100;
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
