package org.mliadvisor.batch;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mliadvisor.advisor.Advisor;
import org.mliadvisor.assessment.Assessment;
import org.mliadvisor.benchmark.FirmTableGenerator;
import org.mliadvisor.diagnosis.Diagnosis;
import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.knowledge.KnowledgeBaseLoader;
import org.mliadvisor.knowledge.Language;
import org.mliadvisor.source.Problem;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The batch's fast path (rows read straight into assessments, diagnosed by pooled workers) concludes what the
 * consultant's one-firm path does: 2,000 seeded random firms, each diagnosed once from its row by {@code mli batch}
 * and once from its own assessment file as {@code mli diagnose} reads it, give the same line of {@code firms.csv}
 * field by field. The firms vary what changes the reasoning: blank indicators, a whole dimension unanswered (partial
 * index, undetermined binding), no KPIs reported, the firm's own weights, and every context value.
 */
class BatchAgreesWithOneFirmTest {

    private static final int FIRMS = 2_000;
    private static final LocalDate ASSESSED_ON = LocalDate.of(2026, 11, 1);

    private static KnowledgeBase kb;
    private static Advisor advisor;

    @BeforeAll
    static void loadKnowledgeBase() throws Exception {
        kb = new KnowledgeBaseLoader().loadBuiltIn();
        advisor = new Advisor(kb);
    }

    @AfterAll
    static void close() {
        advisor.close();
    }

    @Test
    void everyFieldOfEveryFirmEqualsTheOneFirmDiagnosis(@TempDir Path folder) throws Exception {
        List<Map<String, String>> firms = firms(new Random(20261202));
        Path table = folder.resolve("firms-in.csv");
        writeTable(table, firms);
        Path out = Files.createDirectories(folder.resolve("out"));

        Batch.Summary summary = new Batch(advisor, new Batch.Settings(table, out, 2, ASSESSED_ON, Set.of(), Language.EN))
                .run(new Batch.Listener() {
                    @Override
                    public void problem(Problem problem) {
                    }

                    @Override
                    public void progress(long done, long expected) {
                    }
                });
        assertThat(summary.diagnosed()).isEqualTo(FIRMS);
        assertThat(summary.refused()).isZero();

        List<List<String>> batchLines = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(out.resolve(Batch.FIRMS))) {
            reader.stream().skip(1).forEach(record -> batchLines.add(record.getFields()));
        }
        assertThat(batchLines).hasSize(FIRMS);

        Map<String, Integer> kinds = new LinkedHashMap<>();
        for (int i = 0; i < FIRMS; i++) {
            int row = i + 2; // the header is row 1
            Path file = folder.resolve("firm-" + row + ".yaml");
            Files.writeString(file, yaml(firms.get(i)), StandardCharsets.UTF_8);
            Assessment assessment = advisor.read(file).assessment();
            Diagnosis diagnosis = advisor.diagnose(assessment);
            // the batch concludes without assembling explanations; what it concludes is the full diagnosis's verdict
            assertThat(advisor.conclude(assessment)).as("row %d", row).isEqualTo(diagnosis.verdict());
            List<String> oneFirm = FirmTable.line(FirmResult.of(row, assessment, diagnosis.verdict(), kb)).stream()
                    .map(FirmTable.Cell::text).toList();

            assertThat(batchLines.get(i)).as("row %d (%s)", row, firms.get(i).get("firm")).isEqualTo(oneFirm);
            kinds.merge(oneFirm.get(FirmTable.HEADER.indexOf("basis")), 1, Integer::sum);
            if (!oneFirm.get(FirmTable.HEADER.indexOf("mli_partial")).isEmpty()) {
                kinds.merge("partial index", 1, Integer::sum);
            }
        }
        // the sample reaches the reasoning's branches, or the agreement would prove little
        assertThat(kinds).containsKeys("shortfall", "joint", "undetermined", "partial index");
    }

    /** The generator's firms, varied further: some with a dimension or every KPI left out, some with their own weights. */
    private static List<Map<String, String>> firms(Random random) throws Exception {
        StringWriter generated = new StringWriter();
        FirmTableGenerator generator = new FirmTableGenerator(kb, random.nextLong());
        generator.write(generated, FIRMS);
        String[] lines = generated.toString().split("\r\n");
        List<String> header = List.of(lines[0].split(",", -1));
        List<Map<String, String>> firms = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(",", -1);
            Map<String, String> firm = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                firm.put(header.get(c), cells[c]);
            }
            double draw = random.nextDouble();
            if (draw < 0.06) {
                Dimension left = Dimension.values()[random.nextInt(Dimension.values().length)];
                firm.replaceAll((column, value) -> column.startsWith(left.name() + ".") ? "" : value);
            } else if (draw < 0.12) {
                firm.replaceAll((column, value) -> column.startsWith("kpi.") ? "" : value);
            }
            if (random.nextDouble() < 0.3) {
                int s = 1 + random.nextInt(8);
                int t = 1 + random.nextInt(8);
                int r = 1 + random.nextInt(8);
                double total = s + t + r;
                double ws = Math.round(s / total * 100) / 100.0;
                double wt = Math.round(t / total * 100) / 100.0;
                firm.put("weights.S", plain(ws));
                firm.put("weights.T", plain(wt));
                firm.put("weights.R", plain(Math.round((1 - ws - wt) * 100) / 100.0));
            } else {
                firm.put("weights.S", "");
                firm.put("weights.T", "");
                firm.put("weights.R", "");
            }
            firms.add(firm);
        }
        return firms;
    }

    private static void writeTable(Path table, List<Map<String, String>> firms) throws Exception {
        StringBuilder csv = new StringBuilder(String.join(",", firms.get(0).keySet())).append("\r\n");
        for (Map<String, String> firm : firms) {
            csv.append(String.join(",", firm.values())).append("\r\n");
        }
        Files.writeString(table, csv, StandardCharsets.UTF_8);
    }

    /** The firm as the assessment file a consultant would write for it. */
    private static String yaml(Map<String, String> firm) {
        StringBuilder indicators = new StringBuilder();
        StringBuilder context = new StringBuilder();
        StringBuilder weights = new StringBuilder();
        Map<String, StringBuilder> kpis = new LinkedHashMap<>();
        firm.forEach((column, value) -> {
            if (value.isEmpty() || column.equals("firm")) {
                return;
            }
            if (column.startsWith("context.")) {
                context.append("  ").append(column.substring("context.".length())).append(": ").append(value).append('\n');
            } else if (column.startsWith("weights.")) {
                weights.append("  ").append(column.substring("weights.".length())).append(": ").append(value).append('\n');
            } else if (column.startsWith("kpi.")) {
                String[] parts = column.split("\\.");
                kpis.computeIfAbsent(parts[1], k -> new StringBuilder()).append("    ").append(parts[2]).append(": ").append(value).append('\n');
            } else {
                indicators.append("  ").append(column).append(": ").append(value).append('\n');
            }
        });
        StringBuilder yaml = new StringBuilder();
        yaml.append("organization: \"").append(firm.get("firm")).append("\"\n");
        yaml.append("assessed_on: ").append(ASSESSED_ON).append('\n');
        section(yaml, "context", context);
        section(yaml, "weights", weights);
        section(yaml, "indicators", indicators);
        if (!kpis.isEmpty()) {
            yaml.append("kpis:\n");
            kpis.forEach((id, fields) -> yaml.append("  ").append(id).append(":\n").append(fields));
        }
        return yaml.toString();
    }

    private static void section(StringBuilder yaml, String name, StringBuilder entries) {
        if (entries.length() > 0) {
            yaml.append(name).append(":\n").append(entries);
        }
    }

    private static String plain(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
