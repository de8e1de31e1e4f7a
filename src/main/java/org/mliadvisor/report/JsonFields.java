package org.mliadvisor.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.mliadvisor.diagnosis.Numbers;
import org.mliadvisor.knowledge.Answer;
import org.mliadvisor.knowledge.KnowledgeBaseInfo;
import org.mliadvisor.knowledge.Language;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * What every JSON document of the tool writes the same way: the document itself, rounded numbers, lists of texts,
 * answers, the KB.
 */
final class JsonFields {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonFields() {
    }

    /** What a document writes between its outer braces. */
    interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    /** A pretty-printed JSON object ending in a line break, its fields written by {@code body}. */
    static String document(Body body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            body.write(json);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + System.lineSeparator();
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
