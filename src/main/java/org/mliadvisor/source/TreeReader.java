package org.mliadvisor.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a YAML or JSON file into a {@link Node} tree, strictly: it caps the size before parsing and
 * rejects anchors, aliases, tags, duplicate keys, several documents, and non-finite numbers.
 *
 * <p>Jackson's YAML parser does not expand aliases (an alias reads as the anchor's name), so
 * accepting them would silently change what an author wrote; they are refused instead. A YAML file
 * is parsed once: the check for anchors, aliases and tags reads SnakeYAML's events as Jackson consumes them.
 *
 * <p>Numbers are read as YAML 1.2 and JSON read them, in decimal: the YAML 1.1 forms a reader could
 * take for a different number (a leading zero read as octal, {@code 0x}, {@code 0b}, digit
 * separators, base 60) are refused, naming the decimal number probably meant.
 */
public final class TreeReader {

    /** Which syntax a file is written in. */
    public enum Syntax { YAML, JSON }

    private static final int MAX_DEPTH = 64;

    /** The longest single value or key, in characters. */
    public static final int MAX_SCALAR_CHARS = 64 * 1024;

    private static final Pattern DECIMAL_INT = Pattern.compile("[-+]?(0|[1-9][0-9]*)");
    private static final Pattern DECIMAL_FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    private static final Pattern NON_FINITE = Pattern.compile("[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");

    private final long maxBytes;
    private final YAMLFactory yamlFactory;
    private final JsonFactory jsonFactory;

    /** A reader that refuses files larger than {@code maxBytes}. */
    public TreeReader(long maxBytes) {
        this.maxBytes = maxBytes;
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH)
                .maxStringLength((int) Math.min(Integer.MAX_VALUE, maxBytes))
                .maxNumberLength(64)
                .maxNameLength(MAX_SCALAR_CHARS)
                .build();
        LoaderOptions loaderOptions = new LoaderOptions();
        loaderOptions.setMaxAliasesForCollections(10);
        loaderOptions.setNestingDepthLimit(MAX_DEPTH);
        loaderOptions.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, maxBytes));
        loaderOptions.setAllowDuplicateKeys(true); // duplicates are reported by this reader, with both places
        // a key written with no value reads as null (left blank), not as empty text
        this.yamlFactory = new StrictYamlFactory(YAMLFactory.builder().loaderOptions(loaderOptions)
                .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
                .streamReadConstraints(constraints));
        this.jsonFactory = JsonFactory.builder().streamReadConstraints(constraints).build();
    }

    /** The syntax a file name implies: {@code .json} is JSON, anything else YAML. */
    public static Syntax syntaxOf(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".json") ? Syntax.JSON : Syntax.YAML;
    }

    /**
     * Reads a file from disk, naming it {@code displayName} in every problem. Only regular files are
     * read: a device, pipe or socket is refused before it is opened (a pipe with no writer would
     * block), and the file is read through a stream that stops at the cap whatever size it claimed.
     */
    public Node read(Path file, String displayName) throws InputException {
        return strictly(readings -> read(file, displayName, readings));
    }

    /**
     * Reads a file as {@link #read(Path, String)} does, except that a duplicate key is added to
     * {@code duplicates} and the tree is returned with the key's first value, so the caller goes on
     * to check the rest of the file and reports every problem in one run.
     */
    public Node read(Path file, String displayName, Problems duplicates) throws InputException {
        byte[] bytes = InputFile.read(file, displayName, maxBytes, "a YAML or JSON file");
        return parse(bytes, displayName, syntaxOf(displayName), duplicates);
    }

    /** Reads a stream (a class-path resource), naming it {@code displayName} in every problem. */
    public Node read(InputStream in, String displayName) throws InputException {
        return strictly(readings -> read(in, displayName, readings));
    }

    /** Reads a stream; a duplicate key goes to {@code duplicates}, as {@link #read(Path, String, Problems)} says. */
    public Node read(InputStream in, String displayName, Problems duplicates) throws InputException {
        byte[] bytes;
        try (in) {
            bytes = InputFile.bounded(in, displayName, maxBytes);
        } catch (IOException e) {
            throw InputException.missing(SourceLocation.ofFile(displayName), "cannot be read: " + FileTrouble.reason(e));
        }
        return parse(bytes, displayName, syntaxOf(displayName), duplicates);
    }


    /** Parses bytes already in memory. */
    public Node parse(byte[] bytes, String displayName, Syntax syntax) throws InputException {
        return strictly(readings -> parse(bytes, displayName, syntax, readings));
    }

    private interface Reading {
        Node read(Problems duplicates) throws InputException;
    }

    /** A reading in which a duplicate key, like any other problem, stops it. */
    private static Node strictly(Reading reading) throws InputException {
        Problems duplicates = new Problems();
        Node tree = reading.read(duplicates);
        duplicates.throwIfErrors();
        return tree;
    }

    /**
     * Parses bytes already in memory; a duplicate key goes to {@code duplicates} and the tree keeps
     * its first value. Every other problem leaves no tree to check and is thrown, with the duplicates.
     */
    public Node parse(byte[] bytes, String displayName, Syntax syntax, Problems duplicates) throws InputException {
        if (bytes.length > maxBytes) {
            throw tooLarge(displayName, bytes.length);
        }
        String text = decode(bytes, displayName);
        Problems problems = new Problems();
        Problems fileDuplicates = new Problems();
        Node root;
        if (syntax == Syntax.YAML) {
            // SnakeYAML's scanner slows down quadratically on one very long token: refuse it first
            checkLongRuns(text, displayName);
        }
        JsonParser parser = null;
        try {
            parser = syntax == Syntax.JSON ? jsonFactory.createParser(text) : yamlFactory.createParser(text);
            JsonToken first = parser.nextToken();
            if (first == null) {
                throwExtras(parser, displayName);
                throw InputException.invalid(SourceLocation.ofFile(displayName), "the file is empty; expected a mapping");
            }
            root = readValue(parser, displayName, "", problems, fileDuplicates);
            if (parser.nextToken() != null) {
                problems.error(location(parser, displayName), "",
                        "a second document was found; put everything in one document");
            }
        } catch (StrictYamlParser.TooDeep e) {
            throwExtras(parser, displayName);
            throw new IllegalStateException("nesting too deep without a problem recorded", e);
        } catch (StreamConstraintsException e) {
            throwExtras(parser, displayName);
            throw InputException.invalid(currentLocation(parser, displayName), constraintMessage(e));
        } catch (JsonProcessingException e) {
            // SnakeYAML's own syntax errors come first, as they would stop any reading at that place;
            // what Jackson then refuses (a mapping as a key) is better said by the YAML problem found there
            YAMLException yaml = yamlCause(e);
            if (yaml instanceof MarkedYAMLException marked) {
                throw InputException.invalid(markLocation(marked, displayName), "syntax error: " + describeMarked(marked));
            }
            if (yaml != null) {
                throw InputException.invalid(SourceLocation.ofFile(displayName), "syntax error: " + plainSentence(yaml.getMessage()));
            }
            throwExtras(parser, displayName);
            throw InputException.invalid(syntaxErrorLocation(e, text, displayName), "syntax error: " + describe(e, text));
        } catch (IOException e) {
            throw InputException.missing(SourceLocation.ofFile(displayName), "cannot be read: " + FileTrouble.reason(e));
        } finally {
            closeQuietly(parser);
        }
        // anchors, aliases and tags are refused on their own: the values read around them mean little
        throwExtras(parser, displayName);
        if (problems.hasErrors()) {
            problems.addAll(fileDuplicates.all());
            problems.throwIfErrors();
        }
        duplicates.addAll(fileDuplicates.all());
        return root;
    }

    /** Throws the anchors, aliases, tags, complex keys and too deep nesting a YAML parser met, if any. */
    private static void throwExtras(JsonParser parser, String file) throws InputException {
        if (parser instanceof StrictYamlParser strict) {
            strict.extras(file).throwIfErrors();
        }
    }

    /** The SnakeYAML exception a Jackson parse error wraps, or null. */
    private static YAMLException yamlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof YAMLException yaml) {
                return yaml;
            }
        }
        return null;
    }

    private static void closeQuietly(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException ignored) {
                // reading from a string: nothing to release
            }
        }
    }

    private Node readValue(JsonParser parser, String file, String path, Problems problems, Problems duplicates)
            throws IOException {
        SourceLocation at = location(parser, file);
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                Map<String, Node.Entry> entries = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    SourceLocation keyAt = location(parser, file);
                    String keyPath = path.isEmpty() ? key : path + "." + key;
                    if (key.length() > MAX_SCALAR_CHARS) {
                        problems.error(keyAt, path, tooLongMessage("a key", key.length()));
                        keyPath = path;
                    }
                    parser.nextToken();
                    Node value = readValue(parser, file, keyPath, problems, duplicates);
                    Node.Entry earlier = entries.get(key);
                    if (earlier != null) {
                        duplicates.error(keyAt, keyPath, "duplicate key; it is already set at line "
                                + earlier.keyLocation().line() + " (each key may appear once)");
                    } else {
                        entries.put(key, new Node.Entry(key, keyAt, value));
                    }
                }
                return new Node.MapNode(at, entries);
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(parser, file, path + "[" + items.size() + "]", problems, duplicates));
                }
                return new Node.ListNode(at, items);
            }
            case VALUE_STRING: {
                String text = parser.getText();
                if (text.length() > MAX_SCALAR_CHARS) {
                    problems.error(at, path, tooLongMessage("the value", text.length()));
                    return new Node.ScalarNode(at, null);
                }
                return new Node.ScalarNode(at, text);
            }
            case VALUE_TRUE:
                return new Node.ScalarNode(at, Boolean.TRUE);
            case VALUE_FALSE:
                return new Node.ScalarNode(at, Boolean.FALSE);
            case VALUE_NULL:
                return new Node.ScalarNode(at, null);
            case VALUE_NUMBER_INT: {
                String written = parser.getText();
                String notDecimal = notDecimal(written, true);
                if (notDecimal != null) {
                    problems.error(at, path, notDecimal);
                    return new Node.ScalarNode(at, null);
                }
                if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                    problems.error(at, path, "number " + written + " is too large");
                    return new Node.ScalarNode(at, null);
                }
                return new Node.ScalarNode(at, parser.getLongValue());
            }
            case VALUE_NUMBER_FLOAT:
                return floatValue(parser, at, path, problems);
            default:
                problems.error(at, path, "unexpected " + token + "; expected a value");
                return new Node.ScalarNode(at, null);
        }
    }

    private static Node floatValue(JsonParser parser, SourceLocation at, String path, Problems problems) throws IOException {
        String written = parser.getText();
        if (NON_FINITE.matcher(written).matches()) {
            problems.error(at, path, "expected a finite number, found " + written);
            return new Node.ScalarNode(at, null);
        }
        String notDecimal = notDecimal(written, false);
        if (notDecimal != null) {
            problems.error(at, path, notDecimal);
            return new Node.ScalarNode(at, null);
        }
        double value;
        try {
            value = parser.getDoubleValue();
        } catch (JsonProcessingException | NumberFormatException e) {
            problems.error(at, path, "`" + written + "` is not a decimal number; write a decimal number");
            return new Node.ScalarNode(at, null);
        }
        if (!Double.isFinite(value)) {
            problems.error(at, path, "expected a finite number, found " + written);
            return new Node.ScalarNode(at, null);
        }
        if (value == 0 && hasNonZeroDigit(written)) {
            problems.error(at, path, "`" + written + "` is too small to be represented and would read as 0;"
                    + " write 0 or a number nearer to 1");
            return new Node.ScalarNode(at, null);
        }
        return new Node.ScalarNode(at, value);
    }

    /**
     * Why a number as written is not a plain decimal (YAML 1.2 / JSON) number, naming the decimal
     * number probably meant; {@code null} when it is one.
     */
    static String notDecimal(String written, boolean whole) {
        String sign = written.startsWith("-") ? "-" : "";
        String digits = written.replaceFirst("^[-+]", "");
        boolean leadingZero = whole && digits.length() > 1 && digits.startsWith("0");
        if ((whole ? DECIMAL_INT : DECIMAL_FLOAT).matcher(written).matches() && !leadingZero) {
            return null;
        }
        if (digits.contains(":")) {
            return "`" + written + "` is a base-60 (sexagesimal) number, which YAML 1.1 reads as another value;"
                    + " write a decimal number, or quote it to keep it as text";
        }
        if (digits.contains("_")) {
            return "`" + written + "` has digit separators (_), which numbers may not have; write " + written.replace("_", "");
        }
        if (digits.startsWith("0x") || digits.startsWith("0X")) {
            return "`" + written + "` is a hexadecimal number; write it in decimal: " + sign + decimalOf(digits.substring(2), 16);
        }
        if (digits.startsWith("0b") || digits.startsWith("0B")) {
            return "`" + written + "` is a binary number; write it in decimal: " + sign + decimalOf(digits.substring(2), 2);
        }
        if (leadingZero && digits.matches("[0-9]+")) {
            String meant = sign + digits.replaceFirst("^0+(?=.)", "");
            String octal = digits.matches("[0-7]+")
                    ? " (YAML 1.1 would read it as the octal number " + sign + decimalOf(digits, 8) + ")" : "";
            return "`" + written + "` starts with a zero" + octal + "; write " + meant + " without the leading zero";
        }
        return "`" + written + "` is not a decimal number; write a decimal number";
    }

    private static String decimalOf(String digits, int radix) {
        try {
            return new BigInteger(digits, radix).toString();
        } catch (NumberFormatException e) {
            return "?";
        }
    }

    private static boolean hasNonZeroDigit(String written) {
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c == 'e' || c == 'E') {
                return false;
            }
            if (c >= '1' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static String tooLongMessage(String what, int length) {
        return what + " is " + length + " characters long; the limit is " + MAX_SCALAR_CHARS + " characters";
    }

    /**
     * Refuses a run of more than {@link #MAX_SCALAR_CHARS} characters without a space or line break,
     * at the place it starts: no key or value may be that long, and SnakeYAML's scanner takes time
     * quadratic in the length of such a run. One pass over the text.
     */
    private static void checkLongRuns(String text, String file) throws InputException {
        int line = 1;
        int lineStart = 0;
        int runStart = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                runStart = -1;
                if (c == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            } else if (runStart < 0) {
                runStart = i;
            } else if (i - runStart >= MAX_SCALAR_CHARS + 64) { // room for quotes and punctuation around the longest value
                int column = text.codePointCount(lineStart, runStart) + 1;
                throw InputException.invalid(new SourceLocation(file, line, column), "a value here is longer than "
                        + MAX_SCALAR_CHARS + " characters; the limit for one key or value is " + MAX_SCALAR_CHARS);
            }
        }
    }

    private static String nestedTooDeep() {
        return "values are nested more than " + MAX_DEPTH + " levels deep; the limit is " + MAX_DEPTH + " levels";
    }

    private static SourceLocation location(JsonParser parser, String file) {
        JsonLocation loc = parser.currentTokenLocation();
        return new SourceLocation(file, Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr()));
    }

    private static SourceLocation currentLocation(JsonParser parser, String file) {
        if (parser == null) {
            return SourceLocation.ofFile(file);
        }
        JsonLocation loc = parser.currentLocation();
        return loc.getLineNr() > 0 ? new SourceLocation(file, loc.getLineNr(), Math.max(1, loc.getColumnNr()))
                : SourceLocation.ofFile(file);
    }

    private static String constraintMessage(StreamConstraintsException e) {
        String original = String.valueOf(e.getOriginalMessage());
        if (original.contains("nesting depth")) {
            return nestedTooDeep();
        }
        if (original.startsWith("Number value length") || original.startsWith("Number length")) {
            return "a number here has more than 64 digits; the limit is 64";
        }
        if (original.startsWith("Name length")) {
            return "a key here is longer than " + MAX_SCALAR_CHARS + " characters; the limit for one key or value is "
                    + MAX_SCALAR_CHARS;
        }
        if (original.startsWith("String value length") || original.startsWith("String length")) {
            return "a value here is longer than the file size limit";
        }
        return "the file exceeds a reading limit: " + plainSentence(original);
    }

    private static SourceLocation syntaxErrorLocation(JsonProcessingException e, String text, String file) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
                return markLocation(marked, file);
            }
        }
        JsonLocation loc = e.getLocation();
        if (loc == null || loc.getLineNr() <= 0) {
            return SourceLocation.ofFile(file);
        }
        int comma = trailingComma(e, text);
        if (comma >= 0) {
            return at(text, comma, file);
        }
        String original = String.valueOf(e.getOriginalMessage());
        int column = Math.max(1, loc.getColumnNr());
        String token = quotedToken(original);
        if (token != null && (original.startsWith("Non-standard token") || original.startsWith("Unrecognized token"))) {
            column = Math.max(1, column - token.length()); // at the token, not after it
        }
        return new SourceLocation(file, loc.getLineNr(), column);
    }

    /** The offset of a comma right before the closing bracket the parser stopped at, or -1. */
    private static int trailingComma(JsonProcessingException e, String text) {
        String original = String.valueOf(e.getOriginalMessage());
        if (!(original.startsWith("Unexpected character ('}'") || original.startsWith("Unexpected character (']'"))) {
            return -1;
        }
        long offset = e.getLocation() == null ? -1 : e.getLocation().getCharOffset();
        if (offset <= 0 || offset > text.length()) {
            return -1;
        }
        int i = (int) Math.min(offset, text.length() - 1);
        while (i >= 0 && text.charAt(i) != '}' && text.charAt(i) != ']') {
            i--; // back to the bracket itself
        }
        for (i--; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == ',') {
                return i;
            }
            if (!Character.isWhitespace(c)) {
                return -1;
            }
        }
        return -1;
    }

    private static SourceLocation at(String text, int offset, String file) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourceLocation(file, line, text.codePointCount(lineStart, offset) + 1);
    }

    private static String describe(JsonProcessingException e, String text) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException marked) {
                return describeMarked(marked);
            }
        }
        String original = String.valueOf(e.getOriginalMessage());
        String token = quotedToken(original);
        if (original.startsWith("Non-standard token") && token != null) {
            return "`" + token + "` is not a number JSON allows; write a finite number";
        }
        if (original.contains("ALLOW_COMMENTS") || original.contains("maybe a (non-standard) comment")) {
            return "comments are not allowed in JSON; remove the comment";
        }
        if (trailingComma(e, text) >= 0) {
            return "a comma before a closing `" + (original.startsWith("Unexpected character ('}'") ? "}" : "]")
                    + "` is not allowed in JSON; remove the trailing comma";
        }
        if (original.startsWith("Unexpected character ('''")) {
            return "JSON text must be in double quotes (\"), not single quotes";
        }
        if (original.startsWith("Unrecognized token") && token != null) {
            return "`" + token + "` is not a JSON value; write text in double quotes, a number, true, false or null";
        }
        if (original.startsWith("Unexpected end-of-input")) {
            return "the file ends before every mapping `{` and list `[` is closed";
        }
        if (original.contains("Leading zeroes not allowed")) {
            return "a number must not start with a zero; write it without the leading zero";
        }
        if (original.startsWith("Illegal unquoted character") && original.contains("CTRL-CHAR")) {
            return "a control character inside text must be escaped (as \\n, \\t or \\uXXXX)";
        }
        // "Unexpected character ('x' (code 120)): ..." reads better as "Unexpected character `x`: ..."
        return plainSentence(original.replaceAll("\\('(.{1,2})' \\(code \\d+\\)\\)", "`$1`"));
    }

    /** The first {@code '...'} quoted part of a parser's message. */
    private static String quotedToken(String message) {
        int start = message.indexOf('\'');
        int end = start < 0 ? -1 : message.indexOf('\'', start + 1);
        return end > start + 1 ? message.substring(start + 1, end) : null;
    }

    /** A parser's message without the parts that name its internals (features, sources, classes). */
    static String plainSentence(String message) {
        String plain = String.valueOf(message);
        for (String cut : new String[] {" (start marker at", " [Source:", "[Source:", "; enable ", ": enable ",
                " (not recognized as one since", " (from `", "\n"}) {
            int at = plain.indexOf(cut);
            if (at > 0) {
                plain = plain.substring(0, at);
            }
        }
        plain = plain.replaceAll("<org\\.yaml\\.snakeyaml\\.[^>]*>", "something else")
                .replaceAll("`?[A-Z][A-Za-z]*(Feature|Constraints)\\.[A-Za-z_]+(\\(\\))?`?", "a reader setting");
        return plain.strip();
    }

    private static SourceLocation markLocation(MarkedYAMLException e, String file) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        return mark == null ? SourceLocation.ofFile(file) : new SourceLocation(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static String describeMarked(MarkedYAMLException e) {
        String problem = plainSentence(e.getProblem());
        String context = e.getContext();
        return context == null ? problem : problem + " (" + plainSentence(context) + ")";
    }

    /** The text of UTF-8 bytes (a leading byte-order mark dropped), or the place of the first byte that is not UTF-8. */
    private static String decode(byte[] bytes, String file) throws InputException {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            int column = 1;
            for (int i = start; i < offset; i++) {
                int b = bytes[i] & 0xFF;
                if (b == '\n') {
                    line++;
                    column = 1;
                } else if ((b & 0xC0) != 0x80) {
                    column++;
                }
            }
            throw InputException.invalid(new SourceLocation(file, line, column), String.format(Locale.ROOT,
                    "is not valid UTF-8 text (the byte 0x%02X here is not UTF-8); save the file as UTF-8",
                    bytes[Math.min(offset, bytes.length - 1)] & 0xFF));
        }
        out.flip();
        return out.toString();
    }

    private InputException tooLarge(String file, long size) {
        return InputFile.tooLarge(file, size, maxBytes);
    }

    /** A YAML factory whose parsers check each event as Jackson reads it, so a file is parsed once. */
    private static final class StrictYamlFactory extends YAMLFactory {
        private static final long serialVersionUID = 1L;

        StrictYamlFactory(YAMLFactoryBuilder builder) {
            super(builder);
        }

        @Override
        protected YAMLParser _createParser(Reader reader, IOContext context) {
            return new StrictYamlParser(context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, reader);
        }
    }

    /**
     * Jackson's YAML parser, noting every anchor, alias, explicit tag and complex key, and nesting
     * deeper than the limit, from SnakeYAML's events as they pass: Jackson does not expand aliases
     * (an alias reads as the anchor's name) and does not reliably say where anchors and tags stand.
     */
    private static final class StrictYamlParser extends YAMLParser {

        /** Stops the reading at nesting deeper than the limit; the problem is among the extras. */
        static final class TooDeep extends IOException {
            private static final long serialVersionUID = 1L;

            TooDeep() {
                super("nested too deep");
            }
        }

        private record Extra(int line, int column, String message) {
        }

        private final List<Extra> extras = new ArrayList<>();
        // one entry per open collection: {nodes read in it so far, 1 for a mapping or 0 for a list}
        private final Deque<int[]> open = new ArrayDeque<>();

        StrictYamlParser(IOContext context, int parserFeatures, int formatFeatures, LoaderOptions options,
                         com.fasterxml.jackson.core.ObjectCodec codec, Reader reader) {
            super(context, parserFeatures, formatFeatures, options, codec, reader);
        }

        /** The problems met so far, located in {@code file}. */
        Problems extras(String file) {
            Problems problems = new Problems();
            for (Extra extra : extras) {
                problems.error(new SourceLocation(file, extra.line(), extra.column()), "", extra.message());
            }
            return problems;
        }

        @Override
        protected Event getEvent() throws IOException {
            Event event = super.getEvent();
            if (event != null) {
                check(event);
            }
            return event;
        }

        private void check(Event event) throws TooDeep {
            if (event instanceof CollectionEndEvent) {
                open.pop();
                return;
            }
            if (!(event instanceof NodeEvent node)) {
                return;
            }
            Mark mark = event.getStartMark();
            int line = mark.getLine() + 1;
            int column = mark.getColumn() + 1;
            int[] parent = open.peek();
            boolean isKey = parent != null && parent[1] == 1 && parent[0] % 2 == 0;
            if (parent != null) {
                parent[0]++;
            }
            if (event instanceof CollectionStartEvent) {
                if (isKey) {
                    extras.add(new Extra(line, column, "a key must be plain text, not "
                            + (event instanceof SequenceStartEvent ? "a list" : "a mapping") + " (a YAML complex key)"));
                }
                open.push(new int[] {0, event instanceof SequenceStartEvent ? 0 : 1});
                if (open.size() > MAX_DEPTH) {
                    extras.add(new Extra(line, column, nestedTooDeep()));
                    throw new TooDeep();
                }
            }
            if (event instanceof AliasEvent alias) {
                extras.add(new Extra(line, column, "YAML aliases (*" + alias.getAnchor()
                        + ") are not allowed; write the value out in full"));
                return;
            }
            if (node.getAnchor() != null) {
                extras.add(new Extra(line, column, "YAML anchors (&" + node.getAnchor()
                        + ") are not allowed; write the value out in full"));
            }
            String tag = event instanceof ScalarEvent scalar && !scalar.getImplicit().canOmitTagInPlainScalar()
                    && !scalar.getImplicit().canOmitTagInNonPlainScalar() ? scalar.getTag()
                    : event instanceof CollectionStartEvent collection && !collection.getImplicit() ? collection.getTag() : null;
            if (tag != null) {
                extras.add(new Extra(line, column, "YAML tags (" + tag + ") are not allowed; write a plain value"));
            }
        }
    }
}
