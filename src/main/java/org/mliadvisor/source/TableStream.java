package org.mliadvisor.source;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A table read one row at a time, for files too large to hold: a CSV file with the same encodings and
 * separators as {@link TableReader} (UTF-8 with or without a byte-order mark, UTF-16 with one,
 * windows-1251 when no byte is UTF-8; {@code ;}, {@code ,} or tab, the header's most frequent), or an
 * XLSX workbook's first sheet, streamed from disk; in bounded memory.
 *
 * <p>The file is read twice: once to tell its encoding (only the whole file can say whether it is
 * UTF-8), once for the rows. A file that is UTF-8 except for some rows (lines pasted from a
 * windows-1251 file) is read as UTF-8, and each row holding bytes that are not UTF-8 is a problem
 * of that row alone, so the rest can be used.
 */
public final class TableStream implements AutoCloseable {

    /** A record longer than this many characters stops the reading: it cannot be a row of a table. */
    static final int MAX_RECORD_CHARS = 4 * 1024 * 1024;

    /** Replaces each byte sequence that is not UTF-8; a noncharacter, so no text holds it by right. */
    private static final String NOT_UTF8 = "\uFFFF";

    private final String file;
    private final Records records;
    private final boolean mixed;
    private final Table.Row header;
    private final long lines;

    /**
     * A file's records in order, each with the row number a spreadsheet shows: a CSV file's, or a workbook's
     * first sheet's.
     */
    private abstract static class Records {
        /** Whether the records come from a workbook, which stores no blank cells at the end of a row. */
        final boolean workbook;
        /** The row number of the record last returned. */
        int number;

        Records(boolean workbook) {
            this.workbook = workbook;
        }

        /** The next record's cells, or {@code null} at the end; a damaged file throws what its parser throws. */
        abstract List<String> next() throws IOException;

        abstract void close() throws IOException;
    }

    private TableStream(String file, Records records, boolean mixed, long lines, Problems problems) throws InputException {
        this.file = file;
        this.lines = lines;
        this.records = records;
        this.mixed = mixed;
        Table.Row first = null;
        while (first == null) {
            List<String> fields = nextRecord(problems);
            if (fields == null) {
                break;
            }
            if (fields.stream().anyMatch(f -> !f.isBlank())) {
                first = row(fields, records.workbook ? TableReader.lastNonBlank(fields) + 1 : fields.size(), problems);
            }
        }
        this.header = first;
    }

    /**
     * Opens {@code file}, named {@code displayName} in every problem, and reads its header (the first
     * row that is not blank). A guessed encoding goes to {@code problems} as a warning; a file that
     * cannot be read as a table at all is thrown.
     */
    public static TableStream open(Path file, String displayName, Problems problems) throws InputException {
        try {
            InputFile.regularFile(file, displayName, "a CSV or XLSX file");
            if (isZip(file)) {
                return workbook(file, displayName, problems);
            }
            Encoding encoding = encoding(file, displayName, problems);
            InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
            try {
                in.skipNBytes(encoding.skip());
                BufferedReader text = new BufferedReader(new InputStreamReader(in, encoding.decoder()), 1 << 16);
                char separator = TableReader.separator(headerLine(text), displayName, problems);
                CsvReader<CsvRecord> reader = TableReader.csvReader(separator).maxBufferSize(MAX_RECORD_CHARS).ofCsvRecord(text);
                return new TableStream(displayName, csv(reader), encoding.mixed(), encoding.lines(), problems);
            } catch (InputException | IOException | RuntimeException e) {
                in.close();
                throw e;
            }
        } catch (NoSuchFileException e) {
            throw InputException.missing(SourceLocation.ofFile(displayName), "file not found");
        } catch (IOException e) {
            throw InputException.missing(SourceLocation.ofFile(displayName), "cannot be read: " + FileTrouble.reason(e));
        }
    }

    private static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(4);
            return start.length == 4 && start[0] == 0x50 && start[1] == 0x4B && start[2] == 0x03 && start[3] == 0x04;
        }
    }

    private static Records csv(CsvReader<CsvRecord> reader) {
        Iterator<CsvRecord> iterator = reader.iterator();
        return new Records(false) {
            @Override
            List<String> next() {
                if (!iterator.hasNext()) {
                    return null;
                }
                number++; // records, not lines: a quoted line break stays inside its row, as a spreadsheet shows it
                return iterator.next().getFields();
            }

            @Override
            void close() throws IOException {
                reader.close();
            }
        };
    }

    /**
     * The first sheet of a workbook, streamed from disk: its parts are first checked not to unpack beyond the
     * limit the whole-table reader sets, so a small zip cannot unpack to gigabytes.
     */
    private static TableStream workbook(Path file, String displayName, Problems problems) throws InputException {
        TableReader.checkUnpackedSize(file, displayName);
        ReadableWorkbook workbook = null;
        try {
            workbook = new ReadableWorkbook(file.toFile());
            Stream<Row> stream = TableReader.firstSheet(workbook, displayName, problems).openStream();
            Iterator<Row> rows = stream.iterator();
            ReadableWorkbook opened = workbook;
            Records records = new Records(true) {
                @Override
                List<String> next() {
                    if (!rows.hasNext()) {
                        return null;
                    }
                    Row row = rows.next();
                    number = row.getRowNum();
                    return TableReader.texts(row);
                }

                @Override
                void close() throws IOException {
                    stream.close();
                    opened.close();
                }
            };
            return new TableStream(displayName, records, false, 0, problems); // a zip tells no line count
        } catch (InputException | IOException | RuntimeException e) {
            try {
                if (workbook != null) {
                    workbook.close();
                }
            } catch (IOException ignored) {
                // the reason it could not be read is the one to tell
            }
            if (e instanceof InputException refused) {
                throw refused;
            }
            throw InputException.invalid(SourceLocation.ofFile(displayName), "cannot be read as an XLSX workbook: "
                    + TreeReader.plainSentence(String.valueOf(e.getMessage())) + "; save it again from the spreadsheet");
        }
    }

    /** The header row, or {@code null} when the file holds no row that is not blank. */
    public Table.Row header() {
        return header;
    }

    /** How many lines the file has, at least as many as its rows, for telling how far the reading is; 0 when unknown. */
    public long lines() {
        return lines;
    }

    /** The file's name as problems show it. */
    public String file() {
        return file;
    }

    /**
     * The next row that is not blank, cut or padded to the header's width, or {@code null} at the end.
     * What is wrong with the row alone (its width, an overlong cell, bytes in another encoding) goes to
     * {@code problems}; a file that cannot be read on from here is thrown.
     */
    public Table.Row next(Problems problems) throws InputException {
        if (header == null) {
            return null;
        }
        while (true) {
            List<String> fields = nextRecord(problems);
            if (fields == null) {
                return null;
            }
            if (fields.stream().allMatch(String::isBlank)) {
                continue;
            }
            int width = header.cells().size();
            int row = records.number;
            if (records.workbook) {
                if (TableReader.lastNonBlank(fields) >= width) {
                    problems.error(new SourceLocation(file, row, width + 1), "", "this row has a value in column "
                            + (TableReader.lastNonBlank(fields) + 1) + ", beyond the header's " + width + " columns; give"
                            + " the column a heading in the header row or move the value");
                }
            } else if (fields.size() != width) {
                int column = Math.min(fields.size(), width) + 1;
                problems.error(new SourceLocation(file, row, column), "", "this row has " + fields.size()
                        + " cells but the header has " + width + (fields.size() > width
                        ? "; a value holding the separator must be put in double quotes"
                        : "; a separator is missing, or a line break splits the row (a value holding one must be in double quotes)"));
            }
            return row(fields, width, problems);
        }
    }

    private List<String> nextRecord(Problems problems) throws InputException {
        try {
            return records.next();
        } catch (CsvParseException e) {
            problems.error(new SourceLocation(file, records.number + 1, 1), "", TableReader.csvTrouble(e)
                    + "; the rows after it were not read");
            throw new InputException(InputException.Kind.INVALID, problems.all());
        } catch (IOException | UncheckedIOException e) {
            throw InputException.missing(SourceLocation.ofFile(file), "cannot be read: "
                    + FileTrouble.reason(e instanceof UncheckedIOException u ? u.getCause() : (IOException) e));
        } catch (RuntimeException e) {
            // a damaged workbook fails inside the zip, XML and number parsers in many ways
            problems.error(new SourceLocation(file, records.number + 1, 1), "", "cannot be read as an XLSX workbook"
                    + " from here on: " + TreeReader.plainSentence(String.valueOf(e.getMessage())));
            throw new InputException(InputException.Kind.INVALID, problems.all());
        }
    }

    private Table.Row row(List<String> fields, int width, Problems problems) {
        int row = records.number;
        List<Table.Cell> cells = new ArrayList<>(width);
        boolean foreign = false;
        for (int c = 0; c < width; c++) {
            String text = c < fields.size() ? fields.get(c) : "";
            SourceLocation at = new SourceLocation(file, row, c + 1);
            if (text.length() > TableReader.MAX_CELL_CHARS) {
                problems.error(at, "", "the cell holds " + text.length() + " characters; the limit is " + TableReader.MAX_CELL_CHARS);
                text = "";
            }
            if (mixed && !foreign && text.contains(NOT_UTF8)) {
                foreign = true;
                problems.error(at, "", "holds bytes that are not UTF-8 while the rest of the file is UTF-8: the file mixes"
                        + " encodings (rows pasted from a windows-1251 file?); save the file again as \"CSV UTF-8\"");
            }
            cells.add(new Table.Cell(text, at));
        }
        return new Table.Row(row, cells);
    }

    @Override
    public void close() throws InputException {
        try {
            records.close();
        } catch (IOException e) {
            throw InputException.missing(SourceLocation.ofFile(file), "cannot be read: " + FileTrouble.reason(e));
        }
    }

    /** The header's text: up to the first line break outside quotes, looked at without consuming it. */
    private static String headerLine(BufferedReader text) throws IOException {
        text.mark(MAX_RECORD_CHARS);
        StringBuilder line = new StringBuilder();
        boolean quoted = false;
        for (int c = text.read(); c >= 0 && line.length() < MAX_RECORD_CHARS - 1; c = text.read()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            }
            line.append((char) c);
        }
        text.reset();
        return line.toString();
    }

    /**
     * How the file's bytes become text.
     *
     * @param skip  the byte-order mark's length
     * @param mixed whether the file is UTF-8 with some sequences that are not
     * @param lines how many lines the file has
     */
    private record Encoding(Charset charset, int skip, boolean mixed, long lines) {
        CharsetDecoder decoder() {
            CharsetDecoder decoder = charset.newDecoder().onUnmappableCharacter(CodingErrorAction.REPLACE);
            return charset.equals(StandardCharsets.UTF_8)
                    ? decoder.onMalformedInput(CodingErrorAction.REPLACE).replaceWith(NOT_UTF8)
                    : decoder.onMalformedInput(CodingErrorAction.REPLACE);
        }
    }

    /**
     * The file's encoding, from one pass over its bytes: a byte-order mark decides; else UTF-8 when
     * every multi-byte sequence is UTF-8, windows-1251 (with a warning) when none is, and UTF-8 with
     * the foreign rows marked when both kinds occur.
     */
    private static Encoding encoding(Path file, String displayName, Problems problems) throws IOException, InputException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            byte[] start = in.readNBytes(3);
            if (start.length >= 2 && (start[0] & 0xFF) == 0xFF && (start[1] & 0xFF) == 0xFE) {
                return new Encoding(StandardCharsets.UTF_16LE, 2, false, 0);
            }
            if (start.length >= 2 && (start[0] & 0xFF) == 0xFE && (start[1] & 0xFF) == 0xFF) {
                return new Encoding(StandardCharsets.UTF_16BE, 2, false, 0);
            }
            boolean bom = start.length == 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF;
            Utf8Count count = new Utf8Count();
            if (!bom) {
                for (byte b : start) {
                    count.take(b, displayName);
                }
            }
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    count.take(buffer[i], displayName);
                }
            }
            count.end();
            if (count.malformed > 0 && count.multiByte == 0 && !bom) {
                problems.warning(SourceLocation.ofFile(displayName), "", TableReader.READ_AS_WINDOWS_1251);
                return new Encoding(TableReader.WINDOWS_1251, 0, false, count.lines);
            }
            return new Encoding(StandardCharsets.UTF_8, bom ? 3 : 0, count.malformed > 0, count.lines);
        }
    }

    /** Counts well-formed multi-byte UTF-8 sequences and malformed bytes, refusing a zero byte near the start. */
    private static final class Utf8Count {
        long position;
        long multiByte;
        long malformed;
        long lines = 1;
        int pending;

        void take(byte b, String file) throws InputException {
            if (b == 0 && position < 8192) {
                throw InputException.invalid(SourceLocation.ofFile(file),
                        "is not a text file (it holds zero bytes); export the table as CSV UTF-8");
            }
            position++;
            if (b == '\n') {
                lines++;
            }
            int u = b & 0xFF;
            if (pending > 0) {
                if ((u & 0xC0) == 0x80) {
                    if (--pending == 0) {
                        multiByte++;
                    }
                    return;
                }
                malformed++;
                pending = 0;
            }
            if (u < 0x80) {
                return;
            }
            if (u >= 0xC2 && u <= 0xDF) {
                pending = 1;
            } else if ((u & 0xF0) == 0xE0) {
                pending = 2;
            } else if (u >= 0xF0 && u <= 0xF4) {
                pending = 3;
            } else {
                malformed++;
            }
        }

        void end() {
            if (pending > 0) {
                malformed++;
            }
        }
    }
}
