package org.mliadvisor.cli;

import org.mliadvisor.knowledge.Language;
import org.mliadvisor.report.OutputFile;
import org.mliadvisor.report.ReportFormat;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The output options of the commands that write a report ({@code --format}, {@code --lang}, {@code -o}), and writing
 * the report where they say: standard output, or a file written atomically, never over one of the report's inputs.
 */
final class ReportOutput {

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "markdown, json, html (one self-contained file) or pdf (A4; needs -o). Default: what the "
                    + "-o file's extension names (.md, .markdown, .json, .html, .htm, .pdf), else markdown.")
    ReportFormat format;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "The report's language: en (default), ru or uz (Uzbek, Latin script).")
    Language language;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE (atomically; a device or FIFO is written through) "
                    + "instead of standard output; - is standard output.")
    Path output;

    private static final Map<ReportFormat, String> LABELS = new EnumMap<>(Map.of(ReportFormat.MARKDOWN, "Markdown",
            ReportFormat.JSON, "JSON", ReportFormat.HTML, "HTML", ReportFormat.PDF, "PDF"));

    /** Whether the report goes to standard output. */
    boolean toStdout() {
        return output == null || isStandardOutput(output);
    }

    /**
     * The exit code of a usage error in these options ({@code -o} without a name, a format that contradicts the file's
     * extension, a binary format for a terminal), said on {@code err} with a pointer to {@code mli COMMAND --help};
     * {@code null} when there is none.
     */
    Integer refuseUsage(String command, PrintWriter err) {
        if (output != null && output.toString().isEmpty()) {
            err.println("mli: -o needs a file name, or - for standard output");
            err.println("Try 'mli " + command + " --help' for usage.");
            return ExitCode.USAGE;
        }
        ReportFormat named = named();
        if (format != null && named != null && format != named) {
            err.println("mli: -o " + output + " ends in " + extension(output) + " but --format " + lower(format)
                    + " was given; drop --format or change the file name");
            err.println("Try 'mli " + command + " --help' for usage.");
            return ExitCode.USAGE;
        }
        if (chosen().binary() && output == null) {
            err.println("mli: --format " + lower(chosen())
                    + " writes a binary file; give it a name with -o FILE (or -o - for standard output)");
            err.println("Try 'mli " + command + " --help' for usage.");
            return ExitCode.USAGE;
        }
        return null;
    }

    /** The format the report is written in: {@code --format}, else the file's extension, else Markdown. */
    ReportFormat chosen() {
        ReportFormat named = named();
        return format != null ? format : named != null ? named : ReportFormat.MARKDOWN;
    }

    /** The format the output file's extension names; a device's or a pipe's name says where the bytes go, not what they are. */
    private ReportFormat named() {
        return toStdout() || OutputFile.writesThrough(output) || output.getFileName() == null ? null
                : ReportFormat.ofFileName(output.getFileName().toString()).orElse(null);
    }

    /** Refuses (exit 64) an output file that is one of {@code inputs}: a report is never written over what it was made from. */
    Integer refuseOverwriting(List<Path> inputs, PrintWriter err) {
        if (toStdout() || !Files.exists(output)) {
            return null;
        }
        for (Path input : inputs) {
            if (sameFile(output, input)) {
                err.println("mli: " + output + ": refusing to overwrite " + input + ", which this report was made from");
                return ExitCode.USAGE;
            }
        }
        return null;
    }

    /**
     * Refuses (exit 64) an output file of the knowledge-base folder in use: a report written over {@code gates.yaml}
     * would destroy the knowledge it was drawn from.
     */
    Integer refuseInsideFolder(Path folder, PrintWriter err) {
        if (toStdout() || folder == null || !Files.exists(output) || !Files.isDirectory(folder)) {
            return null;
        }
        try {
            if (output.toRealPath().startsWith(folder.toRealPath())) {
                err.println("mli: " + output + ": refusing to overwrite a file of the knowledge base in use");
                return ExitCode.USAGE;
            }
        } catch (IOException e) {
            // a folder or file that cannot be resolved holds nothing this report could overwrite
        }
        return null;
    }

    /** Writes the report to standard output or to the file, and returns the exit code. */
    int write(byte[] report, CommandSpec spec) {
        if (!toStdout()) {
            return FileOutput.write(output, report, LABELS.get(chosen()), spec.commandLine().getErr());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (chosen().binary()) {
            return writeBytesToStdout(report, out, spec);
        }
        // failures are caught where standard output is set up (MliCommand.run): exit 74
        out.print(new String(report, StandardCharsets.UTF_8));
        out.flush();
        return ExitCode.OK;
    }

    /**
     * {@code -} and the system's names for standard output go to the tool's own standard output:
     * opening {@code /dev/stdout} again would start at the beginning of a redirected file.
     */
    static boolean isStandardOutput(Path output) {
        String name = output.toString();
        return name.equals("-") || name.equals("/dev/stdout") || name.equals("/dev/fd/1")
                || name.equals("/proc/self/fd/1");
    }

    /** A binary report on standard output: its bytes, untouched by the text writer's encoding. */
    private static int writeBytesToStdout(byte[] report, PrintWriter out, CommandSpec spec) {
        out.flush();
        OutputStream bytes = ((MliCommand) spec.root().userObject()).stdout;
        try {
            if (bytes == null) {
                System.out.write(report);
                System.out.flush();
                return System.out.checkError() ? ExitCode.IO_ERROR : ExitCode.OK;
            }
            bytes.write(report);
            bytes.flush();
        } catch (IOException e) {
            // the stream remembers the failure, and MliCommand.run says so and exits 74
            return ExitCode.IO_ERROR;
        }
        return ExitCode.OK;
    }

    static String lower(ReportFormat format) {
        return format.name().toLowerCase(Locale.ROOT);
    }

    /** The extension of {@code output}'s file name as written, with its dot. */
    private static String extension(Path output) {
        String name = output.getFileName().toString();
        return name.substring(name.lastIndexOf('.'));
    }

    static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
