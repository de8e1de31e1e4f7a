package org.mliadvisor.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/** Which command lines start loading the rule base before they are parsed: only those that diagnose. */
class FiresRulesTest {

    @ParameterizedTest(name = "mli {0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "diagnose examples/illustrative-firm.yaml                  | true",
        "diagnose --kb knowledge-base a.yaml --format json         | true",
        "--verbose diagnose a.yaml                                 | true",
        "why-not a.yaml joint-promotion-review                     | true",
        "what-if a.yaml --implement sop-cycle                      | true",
        "progress a.yaml b.yaml                                    | true",
        "batch firms.csv -o out                                    | true",
        "what-if --help                                            | false",
        "kb test knowledge-base                                    | true",
        "kb diff old new                                           | true",
        "kb show-drl                                               | true",
        "--version                                                 | false",
        "--help                                                    | false",
        "diagnose --help                                           | false",
        "diagnose -h a.yaml                                        | false",
        "kb validate knowledge-base                                | false",
        "kb docs -o kb.html                                        | false",
        "kb                                                        | false",
        "survey template -o survey.xlsx                            | false",
        "help diagnose                                             | false",
        "generate-completion                                       | false",
        "bench                                                     | false",
        "''                                                        | false",
        "diagnose -- --help                                        | true"})
    void onlyCommandsThatFireRulesPreloadThem(String line, boolean preloads) {
        String[] args = line.isEmpty() ? new String[0] : line.split(" ");

        assertThat(FiresRules.requestedBy(MliCommand.class, args)).isEqualTo(preloads);
    }

    @ParameterizedTest
    @CsvSource({"diagnose a.yaml", "what-if a.yaml", "progress a.yaml b.yaml", "batch firms.csv -o out", "why-not a.yaml b", "kb test knowledge-base", "kb diff old new", "kb show-drl"})
    void theMarkedCommandsAreTheOnesPicocliRuns(String line) {
        CommandLine.ParseResult parsed = MliCommand.newCommandLine().parseArgs(line.split(" "));
        while (parsed.hasSubcommand()) {
            parsed = parsed.subcommand();
        }

        assertThat(parsed.commandSpec().userObject()).isInstanceOf(FiresRules.class);
    }
}
