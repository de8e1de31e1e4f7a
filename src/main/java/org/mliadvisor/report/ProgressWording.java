package org.mliadvisor.report;

import org.mliadvisor.diagnosis.ComparabilityNote;
import org.mliadvisor.diagnosis.Diagnosis;
import org.mliadvisor.diagnosis.KpiRealization;
import org.mliadvisor.diagnosis.Templates;
import org.mliadvisor.knowledge.Answer;
import org.mliadvisor.knowledge.Intervention;
import org.mliadvisor.knowledge.KpiDefinition;
import org.mliadvisor.knowledge.Language;
import org.mliadvisor.knowledge.Weights;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The words of the progress report in one language, from the bundled {@code progress_<lang>.properties}, with the
 * report's own wording ({@link Wording}) for what both say alike: numbers, dates, dimensions, distances to target.
 */
final class ProgressWording {

    private static final Templates WORDS = Templates.load("/org/mliadvisor/report/progress_%s.properties");

    private final Wording words;

    ProgressWording(Language language) {
        this.words = Wording.in(language);
    }

    /** Every progress template of {@code language} by key, for checks that each language says everything English says. */
    static Map<String, String> patterns(Language language) {
        return WORDS.patterns(language);
    }

    Wording words() {
        return words;
    }

    Language language() {
        return words.language();
    }

    String text(String key, Object... args) {
        return WORDS.literal(key, words.language(), args);
    }

    String date(LocalDate date) {
        return words.date(date);
    }

    /** A date short enough for a chart's axis: "24 Jan 2027". */
    String shortDate(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(words.language().locale()).format(date);
    }

    /** A 0..1 score on the 0–100 scale, or a dash when there is none. */
    String score(Double share) {
        return share == null ? "–" : words.score(share);
    }

    /** A change of a 0..1 score in points of the 0–100 scale, signed: "+12.4", "−3", "0". */
    String points(Double change) {
        if (change == null) {
            return "–";
        }
        double shown = Math.round(change * 1000) / 10.0;
        String number = words.number(Math.abs(shown), 1);
        return shown > 0 ? "+" + number : shown < 0 ? "−" + number : number;
    }

    /** A KPI's value as reported. */
    String value(double value) {
        return words.number(value, 2);
    }

    /** An amount in a KPI's unit: "8 points", "2 days", "7 a month". */
    String amount(KpiDefinition kpi, double amount) {
        return text("unit." + kpi.unit().name(), words.number(Math.abs(amount), 2));
    }

    /** How a KPI moved toward its better direction: "better by 8 points", "worse by 2 days", "unchanged". */
    String change(KpiDefinition kpi, Double change) {
        if (change == null) {
            return "–";
        }
        if (change == 0) {
            return text("change.none");
        }
        return text(change > 0 ? "change.better" : "change.worse", amount(kpi, change));
    }

    /** A range in a KPI's unit: "6–10.5 points". */
    String range(KpiDefinition kpi, double low, double high) {
        return text("unit." + kpi.unit().name(), text("range", words.number(low, 2), words.number(high, 2)));
    }

    /** What was expected of a KPI: its summed range (with how many other actions share it), or that no figure is stated. */
    String expected(KpiRealization k, String ownId) {
        if (!k.ranged()) {
            return text("expected.none");
        }
        String range = text("expected.range", range(k.definition(), k.expected().low(), k.expected().high()));
        long others = k.contributors().stream().filter(id -> !id.equals(ownId)).count();
        return others == 0 ? range : text("expected.jointly", range, others);
    }

    String verdict(KpiRealization.Verdict verdict) {
        return text("verdict." + verdict.name());
    }

    String title(Intervention intervention) {
        return intervention.title().in(words.language()).strip();
    }

    String kpiName(KpiDefinition kpi) {
        return kpi.name().in(words.language()).strip();
    }

    /** The binding constraint of a diagnosis in a few words: a dimension, two together, or none. */
    String binding(Diagnosis d) {
        if (!d.binding().determined()) {
            return text("binding.none");
        }
        if (d.binding().joint()) {
            return text("binding.joint", words.dimension(d.binding().dimension()), words.dimension(d.binding().partner()));
        }
        return words.dimension(d.binding().dimension());
    }

    /** One difference between the assessments, in a sentence with what each date records. */
    String note(ComparabilityNote note) {
        String entries = note.entries().stream().map(e -> text("note.entry", shortDate(e.on()), entry(e.value())))
                .collect(Collectors.joining("; "));
        return note.subject().isEmpty() ? text("note." + note.kind().name(), entries)
                : text("note." + note.kind().name(), note.subject(), entries);
    }

    private String entry(Object value) {
        if (value == null) {
            return text("note.notGiven");
        }
        if (value instanceof Weights w) {
            return text("note.weights", words.percent(w.s()), words.percent(w.t()), words.percent(w.r()));
        }
        if (value instanceof Double number) {
            return words.number(number, 2);
        }
        if (value instanceof LocalDate date) {
            return shortDate(date);
        }
        return value instanceof Answer answer ? words.raw(answer) : value.toString();
    }
}
