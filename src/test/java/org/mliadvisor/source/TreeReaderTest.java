package org.mliadvisor.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class TreeReaderTest {

    private static final long LIMIT = 1_000_000;

    @TempDir
    Path folder;

    // ------------------------------------------------------------------ size, encoding

    @Test
    void inputLargerThanTheCapIsRejectedBeforeItIsParsed() {
        // 120 bytes of broken YAML: a size problem rather than a syntax error proves it was never parsed.
        byte[] broken = ("a: [" + "x".repeat(116)).getBytes(StandardCharsets.UTF_8);

        InputException e = parseFails(new TreeReader(100), broken, "big.yaml");

        assertThat(e.kind()).isEqualTo(InputException.Kind.INVALID);
        assertThat(e.problems()).singleElement().asString()
                .isEqualTo("big.yaml: is 120 bytes; the limit is 100 bytes");
    }

    @Test
    void fileLargerThanTheCapIsRejectedByItsSizeOnDisk() throws IOException {
        Path file = Files.writeString(folder.resolve("big.yaml"), "a: [" + "x".repeat(116));

        Throwable thrown = catchThrowable(() -> new TreeReader(100).read(file, "big.yaml"));

        assertThat(thrown).isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems())
                .singleElement().asString().isEqualTo("big.yaml: is 120 bytes; the limit is 100 bytes"));
    }

    @Test
    void streamLargerThanTheCapIsRejected() {
        ByteArrayInputStream in = new ByteArrayInputStream(("a: [" + "x".repeat(116)).getBytes(StandardCharsets.UTF_8));

        Throwable thrown = catchThrowable(() -> new TreeReader(100).read(in, "big.yaml"));

        assertThat(thrown).isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems())
                .singleElement().asString().startsWith("big.yaml: is ").endsWith("; the limit is 100 bytes"));
    }

    @Test
    void inputOfExactlyTheCapIsAccepted() throws InputException {
        byte[] exactly = ("a: " + "x".repeat(97)).getBytes(StandardCharsets.UTF_8);

        Node root = new TreeReader(100).parse(exactly, "edge.yaml", TreeReader.Syntax.YAML);

        assertThat(value(root, "a")).isEqualTo("x".repeat(97));
    }

    @Test
    void invalidUtf8IsRejectedWithAnEncodingHint() {
        byte[] latin1 = {'a', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'};

        InputException e = parseFails(new TreeReader(LIMIT), latin1, "latin1.yaml");

        assertThat(e.kind()).isEqualTo(InputException.Kind.INVALID);
        assertThat(e.problems()).singleElement().asString()
                .isEqualTo("latin1.yaml:1:4: is not valid UTF-8 text (the byte 0xC3 here is not UTF-8); save the file as UTF-8");
    }

    @Test
    void byteOrderMarkIsAcceptedAndNotPartOfTheFirstKey() throws InputException {
        byte[] withBom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', ':', ' ', '1', '\n'};

        Node root = new TreeReader(LIMIT).parse(withBom, "bom.yaml", TreeReader.Syntax.YAML);

        assertThat(root).isInstanceOfSatisfying(Node.MapNode.class, map -> {
            assertThat(map.entries()).containsOnlyKeys("a");
            assertThat(map.entries().get("a").keyLocation()).hasToString("bom.yaml:1:1");
        });
        assertThat(value(root, "a")).isEqualTo(1L);
    }

    // ------------------------------------------------------------------ keys and values

    @Test
    void duplicateJsonKeyIsRejectedNamingBothLines() {
        byte[] json = "{\n  \"a\": 1,\n  \"a\": 2\n}\n".getBytes(StandardCharsets.UTF_8);

        InputException e = parseFails(new TreeReader(LIMIT), json, "dup.json");

        assertThat(e.kind()).isEqualTo(InputException.Kind.INVALID);
        assertThat(e.problems()).singleElement().asString()
                .isEqualTo("dup.json:3:3: a: duplicate key; it is already set at line 2 (each key may appear once)");
    }

    @Test
    void duplicateYamlKeyIsRejectedNamingBothLines() {
        InputException e = parseFails(new TreeReader(LIMIT), utf8("a: 1\nb: 2\na: 3\n"), "dup.yaml");

        assertThat(e.problems()).singleElement().asString()
                .isEqualTo("dup.yaml:3:1: a: duplicate key; it is already set at line 1 (each key may appear once)");
    }

    @Test
    void aReaderGivenAPlaceForDuplicatesReturnsTheTreeWithTheFirstValueAndRecordsTheDuplicate() throws InputException {
        Problems duplicates = new Problems();

        Node root = new TreeReader(LIMIT).parse(utf8("a: 1\nb: 2\na: 3\n"), "dup.yaml", TreeReader.Syntax.YAML, duplicates);

        assertThat(((Node.MapNode) root).entries()).containsOnlyKeys("a", "b");
        assertThat(((Node.ScalarNode) ((Node.MapNode) root).entries().get("a").value()).value()).isEqualTo(1L);
        assertThat(duplicates.all()).singleElement().asString()
                .isEqualTo("dup.yaml:3:1: a: duplicate key; it is already set at line 1 (each key may appear once)");
    }

    @Test
    void aProblemThatLeavesNoTreeIsThrownWithTheDuplicatesAndNothingIsRecorded() {
        Problems duplicates = new Problems();

        Throwable thrown = catchThrowable(() -> new TreeReader(LIMIT).parse(utf8("a: 1\na: 2\nb: .nan\n"), "dup.yaml",
                TreeReader.Syntax.YAML, duplicates));

        assertThat(thrown).isInstanceOf(InputException.class);
        assertThat(((InputException) thrown).problems()).extracting(p -> p.field()).containsExactly("a", "b");
        assertThat(duplicates.all()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {".nan", ".NaN", ".inf", "-.inf"})
    void nonFiniteYamlNumberIsRejected(String literal) {
        InputException e = parseFails(new TreeReader(LIMIT), utf8("a: " + literal + "\n"), "nan.yaml");

        assertThat(e.kind()).isEqualTo(InputException.Kind.INVALID);
        assertThat(e.problems()).singleElement().asString().startsWith("nan.yaml:1:").contains(literal);
    }

    @Test
    void numberOverflowingToInfinityIsRejectedAsNotFinite() {
        InputException e = parseFails(new TreeReader(LIMIT), utf8("a: 1e999\n"), "huge.yaml");

        assertThat(e.problems()).singleElement().asString()
                .isEqualTo("huge.yaml:1:4: a: expected a finite number, found 1e999");
    }

    @Test
    void wholeNumberBeyondALongIsRejected() {
        InputException e = parseFails(new TreeReader(LIMIT), utf8("a: 99999999999999999999\n"), "long.yaml");

        assertThat(e.problems()).singleElement().asString()
                .isEqualTo("long.yaml:1:4: a: number 99999999999999999999 is too large");
    }

    @Test
    void quotedNumberStaysTextWhilePlainNumberIsANumber() throws InputException {
        Node root = new TreeReader(LIMIT).parse(utf8("a: \"1\"\nb: '2'\nc: 3\nd: 0.5\n"), "q.yaml", TreeReader.Syntax.YAML);

        assertThat(value(root, "a")).isEqualTo("1");
        assertThat(value(root, "b")).isEqualTo("2");
        assertThat(value(root, "c")).isEqualTo(3L);
        assertThat(value(root, "d")).isEqualTo(0.5);
    }

    @Test
    void valuesRememberTheirLineAndColumn() throws InputException {
        Node root = new TreeReader(LIMIT).parse(utf8("# comment\nroot:\n  - id: S\n    x: 1\n"), "loc.yaml",
                TreeReader.Syntax.YAML);

        Node.MapNode item = (Node.MapNode) ((Node.ListNode) ((Node.MapNode) root).entries().get("root").value()).items().get(0);
        assertThat(item.location()).hasToString("loc.yaml:3:5");
        assertThat(item.entries().get("x").keyLocation()).hasToString("loc.yaml:4:5");
        assertThat(item.entries().get("x").value().location()).hasToString("loc.yaml:4:8");
    }

    // ------------------------------------------------------------------ YAML extras

    @Test
    void aliasIsRejectedTogetherWithItsAnchor() {
        InputException e = parseFails(new TreeReader(LIMIT), utf8("a: &x [1, 2]\nb: *x\n"), "alias.yaml");

        assertThat(e.kind()).isEqualTo(InputException.Kind.INVALID);
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "alias.yaml:1:4: YAML anchors (&x) are not allowed; write the value out in full",
                "alias.yaml:2:4: YAML aliases (*x) are not allowed; write the value out in full");
    }

    @Test
    void tagIsRejected() {
        InputException e = parseFails(new TreeReader(LIMIT), utf8("a: !!str 1\n"), "tag.yaml");

        assertThat(e.problems()).singleElement().asString()
                .isEqualTo("tag.yaml:1:4: YAML tags (tag:yaml.org,2002:str) are not allowed; write a plain value");
    }

    @Test
    void anchorIsReportedAloneBesideAValueProblem() {
        // the file is parsed once, so the value problem is met too; the anchor is still what is said
        InputException e = parseFails(new TreeReader(LIMIT), utf8("a: 010\nb: &x 1\n"), "both.yaml");

        assertThat(e.problems()).singleElement().asString()
                .isEqualTo("both.yaml:2:4: YAML anchors (&x) are not allowed; write the value out in full");
    }

    @Test
    void syntaxErrorAfterAnAnchorIsTheProblemSaid() {
        InputException e = parseFails(new TreeReader(LIMIT), utf8("a: &x 1\nb: [1, 2\n"), "broken.yaml");

        assertThat(e.problems()).singleElement().asString().startsWith("broken.yaml:3:1: syntax error: ");
    }

    @Test
    void anchorInAYamlFileOfOnlyThatValueIsRejected() {
        InputException e = parseFails(new TreeReader(LIMIT), utf8("&x {a: 1}\n"), "root.yaml");

        assertThat(e.problems()).singleElement().asString()
                .isEqualTo("root.yaml:1:1: YAML anchors (&x) are not allowed; write the value out in full");
    }

    @Test
    void secondDocumentIsRejected() {
        InputException e = parseFails(new TreeReader(LIMIT), utf8("a: 1\n---\nb: 2\n"), "two.yaml");

        assertThat(e.problems()).singleElement().asString()
                .isEqualTo("two.yaml:3:1: a second document was found; put everything in one document");
    }

    @Test
    void fileWithOnlyACommentIsRejectedAsEmpty() {
        InputException e = parseFails(new TreeReader(LIMIT), utf8("# nothing here\n"), "empty.yaml");

        assertThat(e.problems()).singleElement().asString()
                .isEqualTo("empty.yaml: the file is empty; expected a mapping");
    }

    @Test
    void nestingDeeperThanTheLimitIsRejected() {
        InputException e = parseFails(new TreeReader(LIMIT), utf8("[".repeat(100) + "]".repeat(100)), "deep.json");

        assertThat(e.kind()).isEqualTo(InputException.Kind.INVALID);
        assertThat(e.problems()).singleElement().asString()
                .isEqualTo("deep.json:1:66: values are nested more than 64 levels deep; the limit is 64 levels");
    }

    // ------------------------------------------------------------------ missing input

    @Test
    void missingFileIsReportedAsMissing() {
        Throwable thrown = catchThrowable(() -> new TreeReader(LIMIT).read(folder.resolve("none.yaml"), "none.yaml"));

        assertThat(thrown).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.kind()).isEqualTo(InputException.Kind.MISSING);
            assertThat(e.problems()).singleElement().asString().isEqualTo("none.yaml: file not found");
        });
    }

    @Test
    void folderGivenAsAFileIsReportedAsMissing() {
        Throwable thrown = catchThrowable(() -> new TreeReader(LIMIT).read(folder, "folder"));

        assertThat(thrown).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.kind()).isEqualTo(InputException.Kind.MISSING);
            assertThat(e.problems()).singleElement().asString().isEqualTo("folder: is a folder, expected a file");
        });
    }

    // ------------------------------------------------------------------ bugs

    @Test
    void anchorOnAScalarIsRejected() {
        InputException e = parseFails(new TreeReader(LIMIT), utf8("a: &x 1\n"), "anchor.yaml");

        assertThat(e.problems()).singleElement().asString()
                .isEqualTo("anchor.yaml:1:4: YAML anchors (&x) are not allowed; write the value out in full");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a: &w { S: 1, T: 2 }\n", "a: !!map { S: 1, T: 2 }\n"})
    void anchorOrTagOnAMappingIsReportedOnceAtTheMapping(String yaml) {
        InputException e = parseFails(new TreeReader(LIMIT), utf8(yaml), "map.yaml");

        assertThat(e.problems()).singleElement().asString().startsWith("map.yaml:1:4: YAML ");
    }

    @Test
    void blankYamlValueIsReadAsNull() throws InputException {
        Node root = new TreeReader(LIMIT).parse(utf8("a:\nb: ''\n"), "blank.yaml", TreeReader.Syntax.YAML);

        assertThat(value(root, "a")).isNull();
        assertThat(value(root, "b")).isEqualTo("");
    }

    // ------------------------------------------------------------------ numbers are decimal (YAML 1.2 / JSON)

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "030     | `030` starts with a zero (YAML 1.1 would read it as the octal number 24); write 30 without the leading zero",
            "-010    | `-010` starts with a zero (YAML 1.1 would read it as the octal number -8); write -10 without the leading zero",
            "00      | `00` starts with a zero (YAML 1.1 would read it as the octal number 0); write 0 without the leading zero",
            "0x1F    | `0x1F` is a hexadecimal number; write it in decimal: 31",
            "0b11    | `0b11` is a binary number; write it in decimal: 3",
            "1_000   | `1_000` has digit separators (_), which numbers may not have; write 1000",
            "1_0.5   | `1_0.5` has digit separators (_), which numbers may not have; write 10.5",
            "1:20.5  | `1:20.5` is a base-60 (sexagesimal) number, which YAML 1.1 reads as another value; write a decimal number, or quote it to keep it as text"})
    void numberThatIsNotPlainDecimalIsRejectedNamingTheDecimalMeant(String written, String message) {
        InputException e = parseFails(new TreeReader(LIMIT), utf8("x:\n  a: " + written + "\n"), "n.yaml");

        assertThat(e.problems()).singleElement().asString().isEqualTo("n.yaml:2:6: x.a: " + message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0|0", "-0|0", "+12|12", "30|30", "030.5|30.5", ".5|0.5", "1e5|100000.0", "1.5e3|1500.0"})
    void plainDecimalNumbersAreReadAsWritten(String written, String read) throws InputException {
        Node root = new TreeReader(LIMIT).parse(utf8("a: " + written + "\n"), "n.yaml", TreeReader.Syntax.YAML);

        assertThat(String.valueOf(value(root, "a"))).isEqualTo(read);
    }

    @Test
    void everyNonDecimalNumberOfAFileIsListedAtOnce() {
        InputException e = parseFails(new TreeReader(LIMIT), utf8("a: 030\nb: 0x1F\nc: 7\n"), "n.yaml");

        assertThat(e.problems()).extracting(p -> p.location().toString()).containsExactly("n.yaml:1:4", "n.yaml:2:4");
    }

    // ------------------------------------------------------------------ non-finite, underflow

    @Test
    void everyNonFiniteYamlNumberIsListedNotOnlyTheFirst() {
        InputException e = parseFails(new TreeReader(LIMIT), utf8("a: .nan\nb: -.inf\nc: [.Inf, 1]\n"), "nan.yaml");

        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "nan.yaml:1:4: a: expected a finite number, found .nan",
                "nan.yaml:2:4: b: expected a finite number, found -.inf",
                "nan.yaml:3:5: c[0]: expected a finite number, found .Inf");
    }

    @ParameterizedTest
    @ValueSource(strings = {"u.yaml", "u.json"})
    void numberTooSmallToRepresentIsRejectedRatherThanReadAsZero(String name) {
        byte[] content = utf8(name.endsWith(".json") ? "{\"a\": 4e-400, \"b\": 0e-400}" : "a: 4e-400\nb: 0e-400\n");

        InputException e = parseFails(new TreeReader(LIMIT), content, name);

        assertThat(e.problems()).singleElement().asString()
                .contains("a: `4e-400` is too small to be represented and would read as 0");
    }

    // ------------------------------------------------------------------ long values

    @ParameterizedTest
    @ValueSource(strings = {"plain.yaml", "quoted.yaml", "spaced.yaml", "key.yaml", "string.json", "key.json"})
    void sevenMegabyteValueIsRefusedWithinASecondOrTwo(String name) {
        String longRun = "x".repeat(7_000_000);
        String spaced = "ab ".repeat(2_300_000);
        String content = switch (name) {
            case "plain.yaml" -> "a: 1\nb: " + longRun + "\n";
            case "quoted.yaml" -> "a: 1\nb: \"" + longRun + "\"\n";
            case "spaced.yaml" -> "a: 1\nb: " + spaced + "\n";
            case "key.yaml" -> "a: 1\n" + longRun + ": 1\n";
            case "string.json" -> "{\"a\": 1,\n \"b\": \"" + longRun + "\"}";
            default -> "{\"a\": 1,\n \"" + longRun + "\": 1}";
        };
        TreeReader reader = new TreeReader(8L * 1024 * 1024);

        long started = System.nanoTime();
        InputException e = parseFails(reader, utf8(content), name);
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(millis).as("milliseconds to refuse").isLessThan(3_000);
        assertThat(e.problems()).singleElement().asString().startsWith(name + ":2:")
                .containsPattern("(is longer than|characters long;) .*the limit .*65536");
    }

    @Test
    void valueOfExactlyTheScalarCapIsAccepted() throws InputException {
        String longest = "x".repeat(TreeReader.MAX_SCALAR_CHARS);

        Node root = new TreeReader(LIMIT).parse(utf8("a: " + longest + "\nb: \"" + longest + "\"\n"), "cap.yaml",
                TreeReader.Syntax.YAML);

        assertThat(value(root, "a")).isEqualTo(longest);
        assertThat(value(root, "b")).isEqualTo(longest);
    }

    // ------------------------------------------------------------------ special files

    @Test
    void deviceIsRefusedAsNotARegularFileWithoutBeingRead() {
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero), "/dev/zero is not available");

        Throwable thrown = catchThrowable(() -> new TreeReader(LIMIT).read(zero, "/dev/zero"));

        assertThat(thrown).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.kind()).isEqualTo(InputException.Kind.MISSING);
            assertThat(e.problems()).singleElement().asString().startsWith("/dev/zero: is not a regular file");
        });
    }

    @Test
    void pipeWithNoWriterIsRefusedAsNotARegularFileInsteadOfBlocking() throws Exception {
        Path fifo = folder.resolve("pipe.yaml");
        Fifo.makeOrSkip(fifo);

        Throwable thrown = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(5),
                () -> catchThrowable(() -> new TreeReader(LIMIT).read(fifo, "pipe.yaml")));

        assertThat(thrown).isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems())
                .singleElement().asString().startsWith("pipe.yaml: is not a regular file"));
    }

    @Test
    void endlessStreamIsReadOnlyUpToTheCap() {
        java.io.InputStream endless = new java.io.InputStream() {
            @Override
            public int read() {
                return 'x';
            }
        };

        Throwable thrown = catchThrowable(() -> new TreeReader(100).read(endless, "endless.yaml"));

        assertThat(thrown).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.kind()).isEqualTo(InputException.Kind.INVALID);
            assertThat(e.problems()).singleElement().asString()
                    .isEqualTo("endless.yaml: is larger than 100 bytes; the limit is 100 bytes");
        });
    }

    // ------------------------------------------------------------------ plain messages with a position

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "nan.json      | {\"a\": NaN}                  | nan.json:1:7: syntax error: `NaN` is not a number JSON allows; write a finite number",
            "inf.json      | {\"a\": -Infinity}            | inf.json:1:7: syntax error: `-Infinity` is not a number JSON allows; write a finite number",
            "line.json     | {\"a\": 1 // note\\n}          | line.json:1:9: syntax error: comments are not allowed in JSON; remove the comment",
            "block.json    | {\"a\": 1, /* note */ \"b\": 2} | block.json:1:10: syntax error: comments are not allowed in JSON; remove the comment",
            "comma.json    | {\"a\": 1,\\n}                 | comma.json:1:8: syntax error: a comma before a closing `}` is not allowed in JSON; remove the trailing comma",
            "list.json     | {\"a\": [1, 2,]}              | list.json:1:12: syntax error: a comma before a closing `]` is not allowed in JSON; remove the trailing comma",
            "open.json     | {\"a\": [1                    | open.json:1:9: syntax error: the file ends before every mapping `{` and list `[` is closed",
            "single.json   | {'a': 1}                     | single.json:1:2: syntax error: JSON text must be in double quotes (\"), not single quotes",
            "colon.json    | {\"a\" 1}                    | colon.json:1:6: syntax error: Unexpected character `1`: was expecting a colon to separate field name and value",
            "control.json  | {\"a\": \"x\u0001\"}           | control.json:1:9: syntax error: a control character inside text must be escaped (as \\n, \\t or \\uXXXX)",
            "key.yaml      | ? [a, b]\\n: 1\\n              | key.yaml:1:3: a key must be plain text, not a list (a YAML complex key)",
            "mapkey.yaml   | a: 1\\n? {b: 1}\\n: 2\\n        | mapkey.yaml:2:3: a key must be plain text, not a mapping (a YAML complex key)"})
    void parserProblemIsASentenceWithAPositionAndNoParserInternals(String name, String content, String message) {
        InputException e = parseFails(new TreeReader(LIMIT), utf8(content.replace("\\n", "\n")), name);

        assertThat(e.problems()).singleElement().asString().isEqualTo(message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"deep.json", "deep.yaml", "block.yaml"})
    void nestingTenThousandDeepIsRefusedWithAPositionAndNoParserInternals(String name) {
        String content = switch (name) {
            case "deep.json" -> "{\"a\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}";
            case "deep.yaml" -> "a: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
            default -> buildBlockNesting(100);
        };

        InputException e = parseFails(new TreeReader(LIMIT), utf8(content), name);

        assertThat(e.problems()).singleElement().asString()
                .matches(java.util.regex.Pattern.quote(name) + ":\\d+:\\d+: values are nested more than 64 levels deep; the limit is 64 levels");
    }

    @Test
    void invalidUtf8IsReportedWhereItStands() {
        byte[] latin1 = "organization: Fixture\nnote: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);

        InputException e = parseFails(new TreeReader(LIMIT), latin1, "latin1.yaml");

        assertThat(e.problems()).singleElement().asString()
                .isEqualTo("latin1.yaml:2:10: is not valid UTF-8 text (the byte 0xE9 here is not UTF-8); save the file as UTF-8");
    }

    // ------------------------------------------------------------------ duplicate keys

    @ParameterizedTest
    @ValueSource(strings = {"dup.yaml", "dup.json"})
    void duplicateKeyIsNamedByItsWholePath(String name) {
        String content = name.endsWith(".json")
                ? "{\"kpis\": {\"otif\": {\"actual\": 82,\n \"actual\": 85}}, \"list\": [{\"x\": 1}, {\"x\": 1,\n \"x\": 2}]}"
                : "kpis:\n  otif:\n    actual: 82\n    actual: 85\nlist:\n  - x: 1\n  - x: 1\n    x: 2\n";

        InputException e = parseFails(new TreeReader(LIMIT), utf8(content), name);

        assertThat(e.problems()).extracting(p -> p.field()).containsExactly("kpis.otif.actual", "list[1].x");
    }

    private static String buildBlockNesting(int depth) {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            yaml.append(" ".repeat(i)).append("k:\n");
        }
        return yaml.append(" ".repeat(depth)).append("v\n").toString();
    }

    // ------------------------------------------------------------------ helpers

    private static InputException parseFails(TreeReader reader, byte[] bytes, String name) {
        Throwable thrown = catchThrowable(() -> reader.parse(bytes, name, TreeReader.syntaxOf(name)));
        assertThat(thrown).isInstanceOf(InputException.class);
        return (InputException) thrown;
    }

    private static Object value(Node root, String key) {
        return ((Node.ScalarNode) ((Node.MapNode) root).entries().get(key).value()).value();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
