package org.mliadvisor.source;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads a CSV or XLSX file into a {@link Table}, capping the file's size before parsing and the
 * number of cells while reading.
 *
 * <p>CSV: UTF-8 with or without a byte-order mark, UTF-16 with one (Excel's "Unicode text"), or,
 * when the bytes are not UTF-8, windows-1251 (what Excel on Russian Windows saves) with a warning;
 * the separator ({@code ;}, {@code ,} or tab) is the one the header line holds most of outside
 * quotes. XLSX: the first sheet; a number is written as a spreadsheet shows it, a whole one without
 * {@code .0}. Which of the two a file is goes by its content, not its name.
 *
 * <p>A row with more or fewer cells than the header is a problem at that row; the table is still
 * returned, cut or padded to the header's width, so a caller can go on and report everything at once.
 */
public final class TableReader {

    /** The most cells a table may hold: a survey of thousands of respondents fits many times over. */
    public static final int MAX_CELLS = 1_000_000;

    /** The longest text one cell may hold. */
    public static final int MAX_CELL_CHARS = 32 * 1024;

    /** A workbook's parts may unpack to no more than this, so a small zip cannot unpack to gigabytes. */
    static final long MAX_UNPACKED_BYTES = 256L * 1024 * 1024;

    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    /** The warning for a file read as windows-1251 because its bytes are not UTF-8. */
    static final String READ_AS_WINDOWS_1251 = "is not UTF-8 text; it was read as windows-1251,"
            + " the Cyrillic encoding Excel saves CSV in on Russian Windows. If letters look wrong, save"
            + " the file as \"CSV UTF-8\"";

    private static final char[] SEPARATORS = {';', ',', '\t'};

    private final long maxBytes;

    /** A reader that refuses files larger than {@code maxBytes}. */
    public TableReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * Reads a file from disk, naming it {@code displayName} in every problem. A ragged row or a
     * guessed encoding goes to {@code problems}; a file that cannot be read as a table at all is thrown.
     */
    public Table read(Path file, String displayName, Problems problems) throws InputException {
        return parse(InputFile.read(file, displayName, maxBytes, "a CSV or XLSX file"), displayName, problems);
    }

    /** Reads bytes already in memory, as {@link #read(Path, String, Problems)} does. */
    public Table parse(byte[] bytes, String displayName, Problems problems) throws InputException {
        if (bytes.length > maxBytes) {
            throw InputFile.tooLarge(displayName, bytes.length, maxBytes);
        }
        if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)) {
            return workbook(bytes, displayName, problems);
        }
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw InputException.invalid(SourceLocation.ofFile(displayName),
                    "is an Excel 97-2003 workbook (.xls), which is not read; save it as .xlsx or as CSV UTF-8");
        }
        if (displayName.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw InputException.invalid(SourceLocation.ofFile(displayName),
                    "is named .xlsx but is not an XLSX workbook (it is not a zip file); save it again from the spreadsheet");
        }
        return csv(decode(bytes, displayName, problems), displayName, problems);
    }

    // ------------------------------------------------------------------ CSV

    private static Table csv(String text, String file, Problems problems) throws InputException {
        char separator = separator(text, file, problems);
        List<List<String>> records = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        int row = 0;
        int cells = 0;
        try (CsvReader<CsvRecord> reader = csvReader(separator).ofCsvRecord(text)) {
            for (CsvRecord record : reader) {
                row++;
                cells += Math.max(1, record.getFieldCount()); // a blank line costs a row all the same
                if (cells > MAX_CELLS) {
                    throw InputException.invalid(new SourceLocation(file, row, 1), tooManyCells());
                }
                records.add(record.getFields());
                numbers.add(row);
            }
        } catch (CsvParseException e) {
            problems.error(new SourceLocation(file, row + 1, 1), "", csvTrouble(e));
            throw new InputException(InputException.Kind.INVALID, problems.all());
        } catch (IOException e) {
            throw InputException.missing(SourceLocation.ofFile(file), "cannot be read: " + FileTrouble.reason(e));
        }
        return rectangle(file, records, numbers, false, problems);
    }

    /** A CSV reader as every table is read: RFC 4180 quotes, blank lines kept, ragged rows left to the caller. */
    static CsvReader.CsvReaderBuilder csvReader(char separator) {
        return CsvReader.builder()
                .fieldSeparator(separator)
                .quoteCharacter('"')
                .skipEmptyLines(false) // a blank line is a row a spreadsheet shows: it keeps the numbering right
                .allowUnclosedQuote(false)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE) // ragged rows are reported by row and column
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE);
    }

    /**
     * The separator the header line holds most of, outside quotes. A tie between two that both
     * appear leaves the columns unknowable, and is refused rather than guessed.
     */
    static char separator(String text, String file, Problems problems) throws InputException {
        int[] counts = new int[SEPARATORS.length];
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                for (int s = 0; s < SEPARATORS.length; s++) {
                    if (c == SEPARATORS[s]) {
                        counts[s]++;
                    }
                }
            }
        }
        int best = 0;
        for (int s = 1; s < SEPARATORS.length; s++) {
            if (counts[s] > counts[best]) {
                best = s;
            }
        }
        List<String> tied = new ArrayList<>();
        for (int s = 0; s < SEPARATORS.length; s++) {
            if (counts[s] > 0 && counts[s] == counts[best]) {
                tied.add(name(SEPARATORS[s]) + " (" + counts[s] + ")");
            }
        }
        if (tied.size() > 1) {
            throw InputException.invalid(new SourceLocation(file, 1, 1), "the header line holds as many of " + String.join(" as of ", tied)
                    + " outside quotes, so which one separates the columns cannot be told; export the file again"
                    + " with one separator, or put the headings that hold the other in double quotes");
        }
        return SEPARATORS[best];
    }

    private static String name(char separator) {
        return separator == '\t' ? "tabs" : "`" + separator + "`";
    }

    static String csvTrouble(CsvParseException e) {
        String cause = e.getCause() == null ? String.valueOf(e.getMessage()) : String.valueOf(e.getCause().getMessage());
        if (cause.startsWith("Unclosed quoted field")) {
            return "a value opened with a double quote (\") is never closed; close it, or write a double quote"
                    + " inside a quoted value twice (\"\")";
        }
        if (cause.startsWith("Unexpected character after closing quote")) {
            return "a quoted value goes on after its closing double quote; put the whole value in quotes and write"
                    + " a double quote inside it twice (\"\")";
        }
        return "cannot be read as CSV: " + TreeReader.plainSentence(cause);
    }

    /**
     * The text of the bytes: UTF-8 (a byte-order mark dropped), UTF-16 with a byte-order mark, or,
     * when the bytes are not UTF-8, windows-1251 with a warning, since Excel on a Russian system
     * saves "CSV" in it and no byte says so.
     */
    private static String decode(byte[] bytes, String file, Problems problems) throws InputException {
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        for (int i = start; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                throw InputException.invalid(SourceLocation.ofFile(file),
                        "is not a text file (it holds zero bytes); export the survey as CSV UTF-8 or XLSX");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            problems.warning(SourceLocation.ofFile(file), "", READ_AS_WINDOWS_1251);
            return new String(bytes, start, bytes.length - start, WINDOWS_1251);
        }
    }

    // ------------------------------------------------------------------ XLSX

    private Table workbook(byte[] bytes, String file, Problems problems) throws InputException {
        checkUnpackedSize(bytes, file);
        List<List<String>> records = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            int cells = 0;
            try (Stream<Row> rows = firstSheet(workbook, file, problems).openStream()) {
                for (Iterator<Row> it = rows.iterator(); it.hasNext(); ) {
                    Row row = it.next();
                    List<String> texts = texts(row);
                    cells += texts.size();
                    if (cells > MAX_CELLS) {
                        throw InputException.invalid(new SourceLocation(file, row.getRowNum(), 1), tooManyCells());
                    }
                    records.add(texts);
                    numbers.add(row.getRowNum());
                }
            }
        } catch (IOException | RuntimeException e) {
            // a damaged or hostile workbook fails inside the zip, XML and number parsers in many ways
            throw InputException.invalid(SourceLocation.ofFile(file), "cannot be read as an XLSX workbook: "
                    + TreeReader.plainSentence(String.valueOf(e.getMessage())) + "; save it again from the spreadsheet");
        }
        return rectangle(file, records, numbers, true, problems);
    }

    /** The sheet a workbook is read from, its first; the others are named in a warning. */
    static Sheet firstSheet(ReadableWorkbook workbook, String file, Problems problems) throws InputException, IOException {
        List<Sheet> sheets = workbook.getSheets().toList();
        if (sheets.isEmpty()) {
            throw InputException.invalid(SourceLocation.ofFile(file), "the workbook has no sheet");
        }
        if (sheets.size() > 1) {
            problems.warning(SourceLocation.ofFile(file), "", "the workbook has " + sheets.size()
                    + " sheets; only the first, `" + sheets.get(0).getName() + "`, is read");
        }
        return sheets.get(0);
    }

    /** A workbook row's cells as a spreadsheet shows them. */
    static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>(row.getCellCount());
        for (int c = 0; c < row.getCellCount(); c++) {
            texts.add(text(row.getCell(c)));
        }
        return texts;
    }

    /** A cell as a spreadsheet shows it: a whole number without {@code .0}, an error as its code ({@code #N/A}). */
    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            return number(cell.asNumber());
        }
        if (cell.getType() == CellType.BOOLEAN) {
            return Boolean.TRUE.equals(cell.asBoolean()) ? "TRUE" : "FALSE";
        }
        String raw = cell.getType() == CellType.STRING ? cell.asString() : cell.getRawValue(); // a formula's last result
        if (raw == null) {
            return "";
        }
        if (cell.getType() == CellType.FORMULA) {
            try {
                return number(new BigDecimal(raw.strip()));
            } catch (NumberFormatException notANumber) {
                return raw;
            }
        }
        return raw;
    }

    private static String number(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return plain.scale() <= 0 ? plain.setScale(0).toPlainString() : plain.toPlainString();
    }

    /**
     * Refuses a workbook whose parts unpack to more than the limit, counting the bytes as they unpack
     * (a zip's stated sizes can lie). It reads the zip as fastexcel-reader does, through commons-compress,
     * so both see the same parts.
     */
    private static void checkUnpackedSize(byte[] bytes, String file) throws InputException {
        checkUnpackedSize(ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)), file);
    }

    /** The same check on a workbook read from disk, which is never held in memory whole. */
    static void checkUnpackedSize(Path workbook, String file) throws InputException {
        checkUnpackedSize(ZipFile.builder().setPath(workbook), file);
    }

    private static void checkUnpackedSize(ZipFile.Builder source, String file) throws InputException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = source.get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                        total += n;
                        if (total > MAX_UNPACKED_BYTES) {
                            throw InputException.invalid(SourceLocation.ofFile(file), "the workbook unpacks to more than "
                                    + MAX_UNPACKED_BYTES / (1024 * 1024) + " MB; the limit is "
                                    + MAX_UNPACKED_BYTES / (1024 * 1024) + " MB (save it as CSV, or split it)");
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw InputException.invalid(SourceLocation.ofFile(file), "cannot be read as an XLSX workbook: the zip inside is damaged ("
                    + TreeReader.plainSentence(String.valueOf(e.getMessage())) + ")");
        }
    }

    // ------------------------------------------------------------------ both

    /**
     * The rows cut or padded to the header's width, each cell with its place; a blank row is left out.
     * A CSV row of another width is a problem; a workbook stores no blank cells at the end of a row,
     * so there only a value beyond the header's last column is one.
     */
    private static Table rectangle(String file, List<List<String>> records, List<Integer> numbers, boolean workbook,
                                   Problems problems) throws InputException {
        List<Table.Row> rows = new ArrayList<>();
        int width = -1;
        for (int r = 0; r < records.size(); r++) {
            List<String> texts = records.get(r);
            int number = numbers.get(r);
            if (texts.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (width < 0) {
                width = workbook ? lastNonBlank(texts) + 1 : texts.size();
            } else if (workbook && lastNonBlank(texts) >= width) {
                problems.error(new SourceLocation(file, number, width + 1), "", "this row has a value in column "
                        + (lastNonBlank(texts) + 1) + ", beyond the header's " + width + " columns; give the column a heading"
                        + " in the header row or move the value");
            } else if (!workbook && texts.size() != width) {
                int column = Math.min(texts.size(), width) + 1;
                problems.error(new SourceLocation(file, number, column), "", "this row has " + texts.size() + " cells but the header has "
                        + width + (texts.size() > width
                        ? "; a value holding the separator must be put in double quotes"
                        : "; a separator is missing, or a line break splits the row (a value holding one must be in double quotes)"));
            }
            List<Table.Cell> cells = new ArrayList<>(width);
            for (int c = 0; c < width; c++) {
                String text = c < texts.size() ? texts.get(c) : "";
                SourceLocation at = new SourceLocation(file, number, c + 1);
                if (text.length() > MAX_CELL_CHARS) {
                    problems.error(at, "", "the cell holds " + text.length() + " characters; the limit is " + MAX_CELL_CHARS);
                    text = "";
                }
                cells.add(new Table.Cell(text, at));
            }
            rows.add(new Table.Row(number, cells));
        }
        return new Table(file, rows);
    }

    static int lastNonBlank(List<String> texts) {
        for (int i = texts.size() - 1; i >= 0; i--) {
            if (!texts.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String tooManyCells() {
        return "the table holds more than " + MAX_CELLS + " cells; the limit is " + MAX_CELLS;
    }
}
