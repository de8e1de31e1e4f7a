package org.mliadvisor.report;

import com.fasterxml.jackson.core.JsonGenerator;
import org.mliadvisor.diagnosis.Numbers;
import org.mliadvisor.knowledge.Answer;
import org.mliadvisor.knowledge.KnowledgeBaseInfo;
import org.mliadvisor.knowledge.Language;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

/** The fields every JSON document of the tool writes the same way: rounded numbers, lists of texts, answers, the KB. */
final class JsonFields {

    private JsonFields() {
    }

    /** A number rounded to {@code decimals} places through its text, so it reads exactly in the JSON; null when absent. */
    static void number(JsonGenerator json, String field, Double value, int decimals) throws IOException {
        if (value == null) {
            json.writeNullField(field);
            return;
        }
        json.writeFieldName(field);
        json.writeNumber(new BigDecimal(Numbers.format(value, decimals)));
    }

    static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    /** An answer as the assessment writes it: true or false, or a number; null when there is none. */
    static void answer(JsonGenerator json, String field, Answer answer, int decimals) throws IOException {
        if (answer instanceof Answer.YesNo yesNo) {
            json.writeBooleanField(field, yesNo.yes());
        } else {
            number(json, field, answer == null ? null : answer.number(), decimals);
        }
    }

    /** The knowledge base a document was drawn from: its id, version, title in {@code language} and location. */
    static void knowledgeBase(JsonGenerator json, KnowledgeBaseInfo kb, Language language) throws IOException {
        json.writeObjectFieldStart("knowledgeBase");
        json.writeStringField("id", kb.id());
        json.writeStringField("version", kb.version());
        json.writeStringField("title", kb.title().in(language));
        json.writeStringField("location", kb.location());
        json.writeEndObject();
    }
}
