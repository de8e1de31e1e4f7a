package org.mliadvisor.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a YAML or JSON file into a {@link Node} tree, strictly: it caps the size before parsing and
 * rejects anchors, aliases, tags, duplicate keys, several documents, and non-finite numbers.
 *
 * <p>Jackson's YAML parser does not expand aliases (an alias reads as the anchor's name), so
 * accepting them would silently change what an author wrote; they are refused instead.
 */
public final class TreeReader {

    /** Which syntax a file is written in. */
    public enum Syntax { YAML, JSON }

    private static final int MAX_DEPTH = 64;

    private final long maxBytes;
    private final LoaderOptions loaderOptions;
    private final YAMLFactory yamlFactory;
    private final JsonFactory jsonFactory;

    /** A reader that refuses files larger than {@code maxBytes}. */
    public TreeReader(long maxBytes) {
        this.maxBytes = maxBytes;
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH)
                .maxStringLength((int) Math.min(Integer.MAX_VALUE, maxBytes))
                .maxNumberLength(64)
                .build();
        this.loaderOptions = new LoaderOptions();
        loaderOptions.setMaxAliasesForCollections(10);
        loaderOptions.setNestingDepthLimit(MAX_DEPTH);
        loaderOptions.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, maxBytes));
        loaderOptions.setAllowDuplicateKeys(true); // duplicates are reported by this reader, with both places
        // a key written with no value reads as null (left blank), not as empty text
        this.yamlFactory = YAMLFactory.builder().loaderOptions(loaderOptions)
                .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
                .streamReadConstraints(constraints).build();
        this.jsonFactory = JsonFactory.builder().streamReadConstraints(constraints).build();
    }

    /** The syntax a file name implies: {@code .json} is JSON, anything else YAML. */
    public static Syntax syntaxOf(String fileName) {
        return fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".json") ? Syntax.JSON : Syntax.YAML;
    }

    /** Reads a file from disk, naming it {@code displayName} in every problem. */
    public Node read(Path file, String displayName) throws InputException {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw InputException.missing(SourceLocation.ofFile(displayName), "is a folder, expected a file");
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw tooLarge(displayName, size);
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw InputException.missing(SourceLocation.ofFile(displayName), "file not found");
        } catch (IOException e) {
            throw InputException.missing(SourceLocation.ofFile(displayName), "cannot be read: " + e.getMessage());
        }
        return parse(bytes, displayName, syntaxOf(displayName));
    }

    /** Reads a stream (a class-path resource), naming it {@code displayName} in every problem. */
    public Node read(InputStream in, String displayName) throws InputException {
        try (in) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw tooLarge(displayName, bytes.length);
            }
            return parse(bytes, displayName, syntaxOf(displayName));
        } catch (IOException e) {
            throw InputException.missing(SourceLocation.ofFile(displayName), "cannot be read: " + e.getMessage());
        }
    }

    /** Parses bytes already in memory. */
    public Node parse(byte[] bytes, String displayName, Syntax syntax) throws InputException {
        if (bytes.length > maxBytes) {
            throw tooLarge(displayName, bytes.length);
        }
        String text = decode(bytes, displayName);
        Problems problems = new Problems();
        Node root;
        if (syntax == Syntax.YAML) {
            try {
                scanYamlExtras(text, displayName, problems);
            } catch (MarkedYAMLException e) {
                throw invalid(markLocation(e, displayName), "syntax error: " + describeMarked(e));
            } catch (YAMLException e) {
                throw invalid(SourceLocation.ofFile(displayName), "syntax error: " + e.getMessage());
            }
            problems.throwIfErrors();
        }
        try (JsonParser parser = syntax == Syntax.JSON
                ? jsonFactory.createParser(text) : yamlFactory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw invalid(SourceLocation.ofFile(displayName), "the file is empty; expected a mapping");
            }
            root = readValue(parser, displayName, problems);
            if (parser.nextToken() != null) {
                problems.error(location(parser, displayName), "",
                        "a second document was found; put everything in one document");
            }
        } catch (JsonProcessingException e) {
            throw invalid(syntaxErrorLocation(e, displayName), "syntax error: " + describe(e));
        } catch (IOException e) {
            throw InputException.missing(SourceLocation.ofFile(displayName), "cannot be read: " + e.getMessage());
        }
        problems.throwIfErrors();
        return root;
    }

    private Node readValue(JsonParser parser, String file, Problems problems) throws IOException {
        SourceLocation at = location(parser, file);
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                Map<String, Node.Entry> entries = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    SourceLocation keyAt = location(parser, file);
                    parser.nextToken();
                    Node value = readValue(parser, file, problems);
                    Node.Entry earlier = entries.get(key);
                    if (earlier != null) {
                        problems.error(keyAt, key, "duplicate key; it is already set at line "
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
                    items.add(readValue(parser, file, problems));
                }
                return new Node.ListNode(at, items);
            }
            case VALUE_STRING:
                return new Node.ScalarNode(at, parser.getText());
            case VALUE_TRUE:
                return new Node.ScalarNode(at, Boolean.TRUE);
            case VALUE_FALSE:
                return new Node.ScalarNode(at, Boolean.FALSE);
            case VALUE_NULL:
                return new Node.ScalarNode(at, null);
            case VALUE_NUMBER_INT: {
                if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                    problems.error(at, "", "number " + parser.getText() + " is too large");
                    return new Node.ScalarNode(at, null);
                }
                return new Node.ScalarNode(at, parser.getLongValue());
            }
            case VALUE_NUMBER_FLOAT: {
                double value = parser.getDoubleValue();
                if (!Double.isFinite(value)) {
                    problems.error(at, "", "expected a finite number, found " + parser.getText());
                    return new Node.ScalarNode(at, null);
                }
                return new Node.ScalarNode(at, value);
            }
            default:
                problems.error(at, "", "unexpected " + token + "; expected a value");
                return new Node.ScalarNode(at, null);
        }
    }

    /**
     * Reports every anchor, alias and explicit tag, read from SnakeYAML's own event stream: Jackson
     * does not expand aliases and does not reliably say where anchors and tags stand.
     */
    private void scanYamlExtras(String text, String file, Problems problems) {
        Parser events = new ParserImpl(new StreamReader(new StringReader(text)), loaderOptions);
        while (events.peekEvent() != null) {
            Event event = events.getEvent();
            Mark mark = event.getStartMark();
            SourceLocation at = new SourceLocation(file, mark.getLine() + 1, mark.getColumn() + 1);
            if (event instanceof AliasEvent alias) {
                problems.error(at, "", "YAML aliases (*" + alias.getAnchor() + ") are not allowed; write the value out in full");
                continue;
            }
            if (event instanceof NodeEvent node && node.getAnchor() != null) {
                problems.error(at, "", "YAML anchors (&" + node.getAnchor() + ") are not allowed; write the value out in full");
            }
            String tag = event instanceof ScalarEvent scalar && !scalar.getImplicit().canOmitTagInPlainScalar()
                    && !scalar.getImplicit().canOmitTagInNonPlainScalar() ? scalar.getTag()
                    : event instanceof CollectionStartEvent collection && !collection.getImplicit() ? collection.getTag() : null;
            if (tag != null) {
                problems.error(at, "", "YAML tags (" + tag + ") are not allowed; write a plain value");
            }
        }
    }

    private static SourceLocation location(JsonParser parser, String file) {
        JsonLocation loc = parser.currentTokenLocation();
        return new SourceLocation(file, Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr()));
    }

    private static SourceLocation syntaxErrorLocation(JsonProcessingException e, String file) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
                return markLocation(marked, file);
            }
        }
        JsonLocation loc = e.getLocation();
        if (loc != null && loc.getLineNr() > 0) {
            return new SourceLocation(file, loc.getLineNr(), Math.max(1, loc.getColumnNr()));
        }
        return SourceLocation.ofFile(file);
    }

    private static String describe(JsonProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException marked) {
                return describeMarked(marked);
            }
        }
        return e.getOriginalMessage();
    }

    private static SourceLocation markLocation(MarkedYAMLException e, String file) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        return mark == null ? SourceLocation.ofFile(file) : new SourceLocation(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static String describeMarked(MarkedYAMLException e) {
        String problem = e.getProblem();
        String context = e.getContext();
        return context == null ? problem : problem + " (" + context + ")";
    }

    private String decode(byte[] bytes, String file) throws InputException {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            throw invalid(SourceLocation.ofFile(file), "is not valid UTF-8 text; save it as UTF-8");
        }
    }

    private InputException tooLarge(String file, long size) {
        return invalid(SourceLocation.ofFile(file),
                "is " + size + " bytes; the limit is " + maxBytes + " bytes");
    }

    private static InputException invalid(SourceLocation at, String message) {
        return new InputException(InputException.Kind.INVALID, List.of(Problem.error(at, "", message)));
    }
}
