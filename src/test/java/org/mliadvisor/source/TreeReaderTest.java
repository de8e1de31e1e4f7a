package org.mliadvisor.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
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
                .isEqualTo("latin1.yaml: is not valid UTF-8 text; save it as UTF-8");
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
                .isEqualTo("huge.yaml:1:4: expected a finite number, found 1e999");
    }

    @Test
    void wholeNumberBeyondALongIsRejected() {
        InputException e = parseFails(new TreeReader(LIMIT), utf8("a: 99999999999999999999\n"), "long.yaml");

        assertThat(e.problems()).singleElement().asString()
                .isEqualTo("long.yaml:1:4: number 99999999999999999999 is too large");
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
        assertThat(e.problems()).singleElement().asString().startsWith("deep.json").contains("nesting depth");
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
