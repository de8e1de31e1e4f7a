package org.mliadvisor.knowledge;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An indicator's answer: yes/no or a finite value, compared as the condition grammar compares, scored only on its own kind of scale. */
class AnswerTest {

    @Test
    void aYesNoAnswerComparesAsABooleanAndHasNoNumber() {
        Answer yes = Answer.of(true);

        assertThat(yes.comparable()).isEqualTo(Boolean.TRUE);
        assertThat(yes.number()).isNull();
    }

    @Test
    void aValueComparesAsADoubleAndIsItsNumber() {
        Answer value = Answer.of(78);

        assertThat(value.comparable()).isEqualTo(78.0);
        assertThat(value.number()).isEqualTo(78.0);
    }

    @Test
    void aValueIsFinite() {
        assertThatThrownBy(() -> Answer.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Answer.of(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anIndicatorScoresOnlyAnAnswerOfItsOwnKind() throws Exception {
        KnowledgeBase kb = new KnowledgeBaseLoader().loadBuiltIn();
        IndicatorDefinition yesNo = kb.indicators().get("S.sop_cadence_fit");
        IndicatorDefinition percent = kb.indicators().get("T.crm_erp_consistency");

        assertThat(yesNo.score(Answer.of(true))).isEqualTo(1.0);
        assertThat(yesNo.score(Answer.of(false))).isZero();
        assertThat(percent.score(Answer.of(100))).isEqualTo(1.0);
        assertThatThrownBy(() -> yesNo.score(Answer.of(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> percent.score(Answer.of(true))).isInstanceOf(IllegalArgumentException.class);
    }
}
