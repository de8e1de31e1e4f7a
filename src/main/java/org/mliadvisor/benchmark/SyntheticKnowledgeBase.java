package org.mliadvisor.benchmark;

import org.mliadvisor.knowledge.KnowledgeBaseLoader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a knowledge base for load tests: the built-in one with its interventions replaced by
 * {@code count} generated ones whose conditions read every kind of subject.
 */
public final class SyntheticKnowledgeBase {

    private static final List<String> INDICATORS = List.of("S.sop_cycle", "S.joint_promotion_review",
            "T.crm_erp_consistency", "T.wms_tms_visibility", "R.shared_kpi_incentive", "R.root_cause_closure_rate");
    private static final List<Double> MAXIMA = List.of(5.0, 100.0, 100.0, 100.0, 100.0, 100.0);
    private static final List<String> KPIS = List.of("otif", "forecast_accuracy", "inventory_days", "order_cycle_time",
            "stockout_rate", "expedite_share");

    private SyntheticKnowledgeBase() {
    }

    /**
     * Writes a synthetic knowledge base to try outside the benchmark, e.g. in a fresh process with
     * {@code mli diagnose ASSESSMENT --kb FOLDER}: {@code args} are the folder (made if missing) and the
     * number of interventions.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2 || !args[1].matches("[1-9][0-9]{0,6}")) {
            System.err.println("usage: java -cp mli.jar " + SyntheticKnowledgeBase.class.getName() + " FOLDER INTERVENTIONS");
            System.exit(64);
        }
        Path folder = Files.createDirectories(Path.of(args[0]));
        write(folder, Integer.parseInt(args[1]));
    }

    /** Writes the knowledge base into {@code folder}, which must exist. */
    public static void write(Path folder, int count) {
        try {
            for (String file : KnowledgeBaseLoader.FILES) {
                if (!file.equals("interventions.yaml")) {
                    try (InputStream in = SyntheticKnowledgeBase.class.getClassLoader()
                            .getResourceAsStream(KnowledgeBaseLoader.BUILT_IN_RESOURCE + file)) {
                        Files.copy(in, folder.resolve(file));
                    }
                }
            }
            Files.writeString(folder.resolve("interventions.yaml"), interventions(count), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String interventions(int count) {
        StringBuilder yaml = new StringBuilder("interventions:\n");
        String[] dimensions = {"S", "T", "R"};
        String[] efforts = {"low", "medium", "high"};
        for (int i = 0; i < count; i++) {
            int a = i % INDICATORS.size();
            int b = (i / INDICATORS.size()) % INDICATORS.size();
            double threshold = Math.round(MAXIMA.get(a) * ((i * 37) % 100) / 100.0 * 10) / 10.0;
            yaml.append("  - id: synthetic-").append(i).append('\n')
                    .append("    dimension: ").append(dimensions[i % 3]).append('\n')
                    .append("    title: Synthetic intervention ").append(i).append('\n')
                    .append("    action: Generated for load testing.\n")
                    .append("    when:\n      any:\n")
                    .append("        - { indicator: ").append(INDICATORS.get(a)).append(", below: ").append(threshold).append(" }\n")
                    .append("        - all:\n")
                    .append("            - { kpi_gap: ").append(KPIS.get(i % KPIS.size())).append(", at_least: 0.05 }\n")
                    .append("            - { indicator_score: ").append(INDICATORS.get(b)).append(", below: 0.5 }\n")
                    .append("            - not: { context: demand_volatility, is: low }\n")
                    .append("    moves: [").append(KPIS.get(i % KPIS.size())).append("]\n")
                    .append("    effort: ").append(efforts[i % 3]).append('\n')
                    .append("    weeks_to_impact: ").append(1 + i % 12).append('\n')
                    .append("    roadmap_step: ").append(1 + i % 6).append('\n')
                    .append("    rationale: Generated for load testing.\n");
        }
        return yaml.toString();
    }
}
