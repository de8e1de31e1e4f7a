package org.mliadvisor.report;

import com.fasterxml.jackson.core.JsonGenerator;
import org.mliadvisor.diagnosis.BenefitRealization;
import org.mliadvisor.diagnosis.ComparabilityNote;
import org.mliadvisor.diagnosis.Diagnosis;
import org.mliadvisor.diagnosis.FollowThrough;
import org.mliadvisor.diagnosis.IndicatorReach;
import org.mliadvisor.diagnosis.KpiPath;
import org.mliadvisor.diagnosis.KpiRealization;
import org.mliadvisor.diagnosis.Progress;
import org.mliadvisor.diagnosis.ProgressPoint;
import org.mliadvisor.diagnosis.Recommendation;
import org.mliadvisor.knowledge.Answer;
import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.Language;
import org.mliadvisor.knowledge.Weights;

import java.io.IOException;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.Locale;

/**
 * One firm's progress over time as JSON for machines: each assessment's index, dimensions and binding constraint,
 * each KPI's path, what each implemented intervention delivered, the follow-through, the next wave and the
 * differences between the assessments. {@link #SCHEMA_VERSION} changes when fields change meaning.
 */
final class ProgressJson {

    static final String SCHEMA_VERSION = "1.0";

    private final Language language;

    ProgressJson(Language language) {
        this.language = language;
    }

    String render(Progress p) {
        return JsonFields.document(json -> {
            json.writeStringField("schemaVersion", SCHEMA_VERSION);
            json.writeStringField("kind", "progress");
            json.writeStringField("language", language.code());
            json.writeStringField("organization", p.organization());
            JsonFields.knowledgeBase(json, p.knowledgeBase(), language);
            assessments(json, p);
            change(json, p);
            kpis(json, p);
            implemented(json, p);
            followThrough(json, p);
            nextWave(json, p);
            differences(json, p);
        });
    }

    private void assessments(JsonGenerator json, Progress p) throws IOException {
        json.writeArrayFieldStart("assessments");
        for (ProgressPoint pt : p.points()) {
            Diagnosis d = pt.diagnosis();
            json.writeStartObject();
            json.writeStringField("file", pt.source());
            json.writeStringField("assessedOn", pt.date().toString());
            JsonFields.number(json, "mli", d.mli().headline(), 4);
            byDimension(json, "dimensions", dim -> d.dimensions().get(dim).score());
            byDimension(json, "weights", d.weights().weights()::of);
            binding(json, "binding", d);
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void binding(JsonGenerator json, String field, Diagnosis d) throws IOException {
        json.writeArrayFieldStart(field);
        for (Dimension dim : d.binding().binding()) {
            json.writeString(dim.name());
        }
        json.writeEndArray();
    }

    /** An object of one figure per dimension, S, T and R, {@code null} where there is none. */
    private static void byDimension(JsonGenerator json, String field, Function<Dimension, Double> figure) throws IOException {
        json.writeObjectFieldStart(field);
        for (Dimension dim : Dimension.values()) {
            JsonFields.number(json, dim.name(), figure.apply(dim), 4);
        }
        json.writeEndObject();
    }

    private void change(JsonGenerator json, Progress p) throws IOException {
        json.writeObjectFieldStart("change");
        json.writeStringField("from", p.first().date().toString());
        json.writeStringField("to", p.latest().date().toString());
        JsonFields.number(json, "mli", p.mliChange(), 4);
        byDimension(json, "dimensions", p::dimensionChange);
        json.writeEndObject();
    }

    private void kpis(JsonGenerator json, Progress p) throws IOException {
        json.writeArrayFieldStart("kpis");
        for (KpiPath path : p.kpiPaths()) {
            json.writeStartObject();
            json.writeStringField("id", path.kpiId());
            json.writeStringField("name", path.definition().name().in(language).strip());
            json.writeStringField("unit", path.definition().unit().name().toLowerCase(Locale.ROOT));
            json.writeStringField("better", path.definition().better().name().toLowerCase(Locale.ROOT));
            json.writeArrayFieldStart("path");
            for (KpiPath.Reading r : path.readings()) {
                json.writeStartObject();
                json.writeStringField("assessedOn", r.on().toString());
                JsonFields.number(json, "actual", r.gap().actual(), 4);
                JsonFields.number(json, "target", r.gap().target(), 4);
                JsonFields.number(json, "gap", r.gap().gap(), 4);
                json.writeStringField("severity", lower(r.gap().severity()));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void implemented(JsonGenerator json, Progress p) throws IOException {
        json.writeArrayFieldStart("implemented");
        for (BenefitRealization r : p.realizations()) {
            json.writeStartObject();
            json.writeStringField("id", r.interventionId());
            json.writeStringField("title", r.intervention().title().in(language).strip());
            json.writeStringField("since", r.implementation().since().toString());
            json.writeNumberField("weeksInPlace", r.weeksInPlace());
            json.writeNumberField("weeksToImpact", r.intervention().weeksToImpact());
            json.writeStringField("standing", lower(r.standing()));
            date(json, "baseline", r.baseline() == null ? null : r.baseline().date());
            json.writeStringField("judgedOn", r.judgedOn().toString());
            json.writeArrayFieldStart("indicators");
            for (IndicatorReach reach : r.indicators()) {
                json.writeStartObject();
                json.writeStringField("id", reach.indicatorId());
                JsonFields.answer(json, "expected", reach.expected(), 4);
                JsonFields.answer(json, "before", reach.before(), 4);
                JsonFields.answer(json, "now", reach.now(), 4);
                json.writeBooleanField("reached", reach.reached());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("kpis");
            for (KpiRealization k : r.kpis()) {
                json.writeStartObject();
                json.writeStringField("id", k.kpiId());
                JsonFields.number(json, "before", k.before(), 4);
                JsonFields.number(json, "now", k.now(), 4);
                JsonFields.number(json, "change", k.change(), 4);
                if (k.expected() == null) {
                    json.writeNullField("expected");
                } else {
                    json.writeObjectFieldStart("expected");
                    JsonFields.number(json, "low", k.expected().low(), 4);
                    JsonFields.number(json, "high", k.expected().high(), 4);
                    json.writeEndObject();
                }
                JsonFields.strings(json, "contributors", k.contributors());
                json.writeStringField("verdict", lower(k.verdict()));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void followThrough(JsonGenerator json, Progress p) throws IOException {
        json.writeArrayFieldStart("followThrough");
        for (FollowThrough f : p.followThrough()) {
            json.writeStartObject();
            json.writeStringField("id", f.interventionId());
            date(json, "recommendedOn", f.recommendedOn());
            if (f.recommended()) {
                json.writeNumberField("rank", f.rank());
                json.writeBooleanField("firstWave", f.firstWave());
            }
            date(json, "implementedSince", f.implemented() ? f.implementation().since() : null);
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void nextWave(JsonGenerator json, Progress p) throws IOException {
        json.writeArrayFieldStart("nextWave");
        for (Recommendation r : p.nextWave()) {
            json.writeStartObject();
            json.writeStringField("id", r.id());
            json.writeNumberField("rank", r.rank());
            json.writeStringField("title", r.title().in(language).strip());
            json.writeStringField("dimension", r.dimension().name());
            json.writeBooleanField("firstWave", r.firstWave());
            json.writeBooleanField("onBindingConstraint", r.onBindingConstraint());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeBooleanField("nextWaveActsOnBinding", p.nextWaveActsOnBinding());
        json.writeArrayFieldStart("stillRecommended");
        for (Recommendation r : p.stillRecommended()) {
            json.writeString(r.id());
        }
        json.writeEndArray();
    }

    private static void differences(JsonGenerator json, Progress p) throws IOException {
        json.writeArrayFieldStart("differences");
        for (ComparabilityNote n : p.notes()) {
            json.writeStartObject();
            json.writeStringField("kind", lower(n.kind()));
            json.writeStringField("subject", n.subject());
            json.writeArrayFieldStart("entries");
            for (ComparabilityNote.Entry e : n.entries()) {
                json.writeStartObject();
                json.writeStringField("assessedOn", e.on().toString());
                Object value = e.value();
                if (value == null) {
                    json.writeNullField("value");
                } else if (value instanceof Double number) {
                    JsonFields.number(json, "value", number, 4);
                } else if (value instanceof Weights w) {
                    byDimension(json, "value", w::of);
                } else if (value instanceof Answer a) {
                    JsonFields.answer(json, "value", a, 4);
                } else {
                    json.writeStringField("value", value.toString());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static void date(JsonGenerator json, String field, LocalDate date) throws IOException {
        if (date == null) {
            json.writeNullField(field);
        } else {
            json.writeStringField(field, date.toString());
        }
    }

}
