package org.mliadvisor.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import org.mliadvisor.assessment.KpiObservation;
import org.mliadvisor.diagnosis.BindingOutcome;
import org.mliadvisor.diagnosis.DiagnosisComparison;
import org.mliadvisor.diagnosis.DiagnosisComparison.RecommendationChange;
import org.mliadvisor.diagnosis.DiagnosisComparison.ScoreChange;
import org.mliadvisor.diagnosis.GapSeverity;
import org.mliadvisor.diagnosis.KpiGap;
import org.mliadvisor.diagnosis.WhatIf;
import org.mliadvisor.knowledge.Answer;
import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.ExpectedEffect;
import org.mliadvisor.knowledge.ExpectedEffect.Improvement;
import org.mliadvisor.knowledge.Language;
import org.mliadvisor.knowledge.Weights;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

/**
 * A what-if as JSON for machines: the changes asked for and what each did (with each expected effect's basis, source and
 * knowledge-base entry), the comparison of the two diagnoses, and both diagnoses in full as {@code diagnose} writes them.
 * {@link #SCHEMA_VERSION} changes when fields change meaning.
 */
final class WhatIfJson {

    static final String SCHEMA_VERSION = "1.0";

    private static final JsonFactory FACTORY = new JsonFactory();

    private final Language language;

    WhatIfJson(Language language) {
        this.language = language;
    }

    String render(WhatIf w) {
        return JsonFields.document(json -> {
            json.writeStringField("schemaVersion", SCHEMA_VERSION);
            json.writeStringField("kind", "what-if");
            json.writeStringField("language", language.code());
            json.writeStringField("organization", w.before().organization());
            json.writeStringField("assessedOn", w.before().assessedOn().toString());
            json.writeBooleanField("nothingChanged", w.nothingChanged());
            writeChanges(json, w);
            writeComparison(json, w.comparison());
            json.writeArrayFieldStart("unmetPrerequisites");
            for (WhatIf.UnmetPrerequisite p : w.unmetPrerequisites()) {
                json.writeStartObject();
                json.writeStringField("intervention", p.intervention().id());
                json.writeStringField("requires", p.required().id());
                json.writeStringField("standing", p.rank() != null ? "recommended" : p.undecided() ? "undecided" : "condition holds");
                if (p.rank() != null) {
                    json.writeNumberField("rank", p.rank());
                }
                json.writeStringField("kbEntry", p.intervention().origin().fileAndLine());
                json.writeEndObject();
            }
            json.writeEndArray();
            // each side as diagnose writes it, so a reader of diagnosis JSON reads these with the same code
            diagnosis(json, "before", w.before());
            diagnosis(json, "after", w.after());
        });
    }

    private void diagnosis(JsonGenerator json, String field, org.mliadvisor.diagnosis.Diagnosis d) throws IOException {
        json.writeFieldName(field);
        try (JsonParser parser = FACTORY.createParser(new JsonReportRenderer(language).render(d))) {
            parser.nextToken();
            json.copyCurrentStructure(parser);
        }
    }

    private void writeChanges(JsonGenerator json, WhatIf w) throws IOException {
        json.writeObjectFieldStart("changes");
        json.writeArrayFieldStart("implemented");
        for (WhatIf.Implemented i : w.changes().implemented()) {
            json.writeStartObject();
            json.writeStringField("id", i.intervention().id());
            json.writeStringField("title", i.intervention().title().in(language));
            json.writeBooleanField("alreadyInPlace", i.inPlace());
            json.writeStringField("kbEntry", i.intervention().origin().fileAndLine());
            ExpectedEffect effect = i.effect();
            if (effect == null) {
                json.writeNullField("expectedEffect");
            } else {
                json.writeObjectFieldStart("expectedEffect");
                json.writeObjectFieldStart("reaches");
                for (Map.Entry<String, Answer> reach : effect.reaches().entrySet()) {
                    JsonFields.answer(json, reach.getKey(), reach.getValue(), 6);
                }
                json.writeEndObject();
                json.writeObjectFieldStart("kpis");
                for (Map.Entry<String, Improvement> kpi : effect.kpis().entrySet()) {
                    range(json, kpi.getKey(), kpi.getValue());
                }
                json.writeEndObject();
                JsonFields.strings(json, "alsoImproves", effect.alsoImproves());
                json.writeStringField("basis", effect.basis().in(language));
                json.writeObjectFieldStart("source");
                json.writeStringField("doc", effect.source().doc());
                json.writeStringField("where", effect.source().where());
                json.writeEndObject();
                json.writeStringField("kbEntry", effect.origin().fileAndLine());
                json.writeEndObject();
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("indicators");
        for (WhatIf.IndicatorChange c : w.changes().indicators()) {
            json.writeStartObject();
            json.writeStringField("id", c.indicator().id());
            json.writeStringField("cause", c.cause().name().toLowerCase(Locale.ROOT));
            JsonFields.answer(json, "before", c.before(), 6);
            JsonFields.answer(json, "after", c.after(), 6);
            JsonFields.answer(json, "expected", c.expected(), 6);
            JsonFields.strings(json, "by", c.by());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("kpis");
        for (WhatIf.KpiMove k : w.changes().kpis()) {
            json.writeStartObject();
            json.writeStringField("id", k.kpi().id());
            kpi(json, "before", k.before(), null);
            kpi(json, "after", k.after(), null);
            if (k.expected() != null) {
                range(json, "expected", k.expected());
            }
            if (k.optimistic() != null) {
                number(json, "optimisticActual", k.optimistic());
            }
            json.writeBooleanField("stated", k.stated());
            json.writeBooleanField("unreported", k.unreported());
            json.writeBooleanField("capped", k.capped());
            JsonFields.strings(json, "by", k.by());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("context");
        for (WhatIf.ContextChange c : w.changes().context()) {
            json.writeStartObject();
            json.writeStringField("factor", c.factor());
            json.writeStringField("before", c.before());
            json.writeStringField("after", c.after());
            json.writeEndObject();
        }
        json.writeEndArray();
        if (w.scenario().weights() == null) {
            json.writeNullField("weights");
        } else {
            json.writeObjectFieldStart("weights");
            weights(json, "before", w.before().weights().weights());
            weights(json, "after", w.after().weights().weights());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void writeComparison(JsonGenerator json, DiagnosisComparison c) throws IOException {
        json.writeObjectFieldStart("comparison");
        json.writeBooleanField("changed", c.changed());
        score(json, "mli", c.mli());
        json.writeObjectFieldStart("dimensions");
        for (Dimension d : Dimension.values()) {
            score(json, d.name(), c.dimensions().get(d));
        }
        json.writeEndObject();
        json.writeObjectFieldStart("binding");
        binding(json, "before", c.binding().before());
        binding(json, "after", c.binding().after());
        json.writeBooleanField("moved", c.binding().moved());
        json.writeEndObject();
        json.writeObjectFieldStart("confidence");
        json.writeStringField("before", c.confidenceBefore().name().toLowerCase(Locale.ROOT));
        json.writeStringField("after", c.confidenceAfter().name().toLowerCase(Locale.ROOT));
        json.writeEndObject();
        json.writeObjectFieldStart("findings");
        JsonFields.strings(json, "added", c.findingsAdded());
        JsonFields.strings(json, "removed", c.findingsRemoved());
        json.writeEndObject();
        json.writeArrayFieldStart("kpis");
        for (DiagnosisComparison.KpiChange k : c.kpis()) {
            json.writeStartObject();
            json.writeStringField("id", k.kpiId());
            gap(json, "before", k.before());
            gap(json, "after", k.after());
            json.writeBooleanField("changed", k.changed());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("recommendations");
        for (RecommendationChange r : c.recommendations()) {
            json.writeStartObject();
            json.writeStringField("id", r.id());
            json.writeStringField("change", r.kind().name().toLowerCase(Locale.ROOT));
            optionalNumber(json, "rankBefore", r.rankBefore());
            optionalNumber(json, "rankAfter", r.rankAfter());
            if (r.variantChanged()) {
                json.writeStringField("variantBefore", r.before().variant());
                json.writeStringField("variantAfter", r.after().variant());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void score(JsonGenerator json, String field, ScoreChange score) throws IOException {
        json.writeObjectFieldStart(field);
        number(json, "before", score.before());
        number(json, "after", score.after());
        number(json, "change", score.difference());
        json.writeBooleanField("changed", score.changed());
        json.writeEndObject();
    }

    private static void binding(JsonGenerator json, String field, BindingOutcome binding) throws IOException {
        json.writeObjectFieldStart(field);
        JsonFields.strings(json, "dimensions", binding.binding().stream().map(Dimension::name).toList());
        json.writeStringField("basis", binding.basis() == null ? null : binding.basis().name().toLowerCase(Locale.ROOT));
        json.writeEndObject();
    }

    private static void gap(JsonGenerator json, String field, KpiGap gap) throws IOException {
        kpi(json, field, gap == null ? null : new KpiObservation(gap.kpiId(), gap.actual(), gap.target()),
                gap == null ? null : gap.severity());
    }

    /** A KPI's actual and target, with its severity when it has been diagnosed; null when there is none. */
    private static void kpi(JsonGenerator json, String field, KpiObservation observation, GapSeverity severity) throws IOException {
        if (observation == null) {
            json.writeNullField(field);
            return;
        }
        json.writeObjectFieldStart(field);
        number(json, "actual", observation.actual());
        number(json, "target", observation.target());
        if (severity != null) {
            json.writeStringField("severity", severity.name().toLowerCase(Locale.ROOT));
        }
        json.writeEndObject();
    }

    private static void range(JsonGenerator json, String field, Improvement range) throws IOException {
        json.writeObjectFieldStart(field);
        number(json, "low", range.low());
        number(json, "high", range.high());
        json.writeEndObject();
    }

    private static void weights(JsonGenerator json, String field, Weights weights) throws IOException {
        json.writeObjectFieldStart(field);
        for (Dimension d : Dimension.values()) {
            number(json, d.name(), weights.of(d));
        }
        json.writeEndObject();
    }

    private static void optionalNumber(JsonGenerator json, String field, Integer value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else {
            json.writeNumberField(field, value);
        }
    }

    /** A number rounded to six places, as every figure of a what-if is; null when absent. */
    private static void number(JsonGenerator json, String field, Double value) throws IOException {
        JsonFields.number(json, field, value, 6);
    }
}
