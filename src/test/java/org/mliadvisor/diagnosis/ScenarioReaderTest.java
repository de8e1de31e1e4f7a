package org.mliadvisor.diagnosis;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.mliadvisor.assessment.Assessment;
import org.mliadvisor.assessment.AssessmentLoader;
import org.mliadvisor.knowledge.Answer;
import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.knowledge.KnowledgeBaseLoader;
import org.mliadvisor.knowledge.Weights;
import org.mliadvisor.source.InputException;
import org.mliadvisor.source.Problem;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A what-if's changes as a command line writes them: typed and checked like an assessment's values, every problem at once. */
class ScenarioReaderTest {

    private static KnowledgeBase kb;
    private static Assessment firm;

    @BeforeAll
    static void load() throws Exception {
        kb = new KnowledgeBaseLoader().loadBuiltIn();
        firm = new AssessmentLoader(kb).load(Path.of("examples", "illustrative-firm.yaml"));
    }

    private static Scenario read(List<String> sets, List<String> implement, String weights) throws InputException {
        return new ScenarioReader(kb).read(firm, sets, implement, weights);
    }

    private static List<String> problems(List<String> sets, List<String> implement, String weights) {
        InputException e = catchThrowableOfType(InputException.class, () -> read(sets, implement, weights));
        assertThat(e).as("refused").isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void eachKindOfSettingIsTypedByWhatItSets() throws Exception {
        Scenario s = read(List.of("S.sop_cadence_fit=false", "S.sop_cycle=3.5", "kpi.otif.actual=88", "kpi.otif.target=92",
                "kpi.inventory_days.target=40", "context.demand_volatility=high"), List.of(), null);

        assertThat(s.indicators()).containsEntry("S.sop_cadence_fit", Answer.of(false)).containsEntry("S.sop_cycle", Answer.of(3.5));
        assertThat(s.kpis()).containsEntry("otif", new Scenario.KpiValues(88.0, 92.0))
                .containsEntry("inventory_days", new Scenario.KpiValues(null, 40.0));
        assertThat(s.context()).containsEntry("demand_volatility", "high");
        assertThat(s.empty()).isFalse();
    }

    @Test
    void interventionsAreTakenOnceInTheOrderGivenAndWeightsAsWritten() throws Exception {
        Scenario s = read(List.of(), List.of("sop-cycle", "joint-promotion-review", "sop-cycle"), "s=0.5, T=0.25 ,R=0.25");

        assertThat(s.implemented()).containsExactly("sop-cycle", "joint-promotion-review");
        assertThat(s.weights()).isEqualTo(new Weights(0.5, 0.25, 0.25));
    }

    @Test
    void nothingGivenIsNoChange() throws Exception {
        assertThat(read(List.of(), List.of(), null)).isEqualTo(Scenario.NONE);
    }

    @ParameterizedTest(name = "--set {0}")
    @CsvSource(delimiter = '|', value = {
        "S.sop_cycle=7                  | --set: S.sop_cycle: value 7 is out of range; expected 0 to 5",
        "S.sop_cadence_fit=3            | --set: S.sop_cadence_fit: expected true or false (a yes/no indicator), found a whole number",
        "S.sop_cycle=three              | --set: S.sop_cycle: expected a number, found text `three`",
        "S.sop_cycle=                   | --set: S.sop_cycle: is blank; expected a number from 0 to 5",
        "S.sop_cylce=3                  | --set: S.sop_cylce: unknown indicator, KPI or context factor (did you mean `S.sop_cycle`?)",
        "kpi.otfi.actual=88             | --set: kpi.otfi.actual: unknown KPI `otfi` (did you mean `otif`?)",
        "kpi.otif.actual=120            | --set: kpi.otif.actual: value 120 is out of range; expected 0 to 100",
        "kpi.otif=88                    | --set: kpi.otif: expected kpi.<id>.actual or kpi.<id>.target, e.g. kpi.otif.actual=88",
        "kpi.returns_rate.actual=2      | --set: kpi.returns_rate: the assessment reports no returns_rate, so there is nothing to keep",
        "context.demand_volatility=wild | --set: context.demand_volatility: `wild` is not allowed; expected one of: low, medium, high",
        "context.volatility=high        | --set: context.volatility: unknown context factor `volatility`",
        "S.sop_cycle                    | --set: `S.sop_cycle` is not ID=VALUE"})
    void aBadSettingNamesTheOptionTheIdAndWhatWasExpected(String set, String expected) {
        assertThat(problems(List.of(set), List.of(), null)).singleElement().asString().startsWith(expected);
    }

    @Test
    void aValueGivenTwiceIsRefusedNamingBoth() {
        assertThat(problems(List.of("S.sop_cycle=2", "S.sop_cycle=4"), List.of(), null)).singleElement().asString()
                .isEqualTo("--set: S.sop_cycle: is given twice (2 and 4); give each value once");
    }

    @Test
    void anUnknownInterventionIsRefusedWithTheClosestId() {
        assertThat(problems(List.of(), List.of("joint-promoton-review"), null)).singleElement().asString()
                .isEqualTo("--implement: joint-promoton-review: unknown intervention (did you mean `joint-promotion-review`?)");
    }

    @ParameterizedTest(name = "--weights {0}")
    @CsvSource(delimiter = '|', value = {
        "'S=0.5,T=0.3,R=0.3' | --weights: the weights sum to 1.1; wS + wT + wR must equal 1",
        "'S=0.5,T=0.5'       | --weights: R: is required but missing",
        "'S=0.5,T=x,R=0.5'   | --weights: T: expected a number, found text `x`",
        "'S=1.5,T=0,R=0'     | --weights: S: value 1.5 is out of range; expected 0 to 1",
        "'S=0.5,S=0.5,R=0'   | --weights: S: is given twice",
        "'Q=1'               | --weights: `Q=1` is not a dimension's weight"})
    void badWeightsAreRefusedWithWhatWasExpected(String weights, String expected) {
        assertThat(problems(List.of(), List.of(), weights)).anySatisfy(p -> assertThat(p).startsWith(expected));
    }

    @Test
    void everyProblemOfEveryOptionIsReportedAtOnce() {
        List<String> problems = problems(List.of("S.sop_cycle=9", "kpi.otif.actual=-1", "context.x=y"), List.of("nope"),
                "S=1,T=1,R=1");

        assertThat(problems).hasSize(5);
        assertThat(problems.stream().filter(p -> p.startsWith("--set:")).toList()).extracting(p -> p.split(":")[1].strip())
                .as("in the order given").containsExactly("S.sop_cycle", "kpi.otif.actual", "context.x");
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("--implement:"))
                .anySatisfy(p -> assertThat(p).startsWith("--weights:"))
                .filteredOn(p -> p.startsWith("--set:")).hasSize(3);
    }
}
