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
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The options that say in which format and language a report is written and where it goes ({@code --format},
 * {@code --lang}, {@code -o}), with the checks that keep a report from overwriting what it was made from and the
 * writing itself: atomically to a file, or to standard output.
 */
final class ReportOutput {

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "markdown, json, html (one self-contained file) or, for diagnose, pdf (A4; needs -o). Default: what "
                    + "the -o file's extension names (.md, .markdown, .json, .html, .htm, .pdf), else markdown.")
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
     * Why these options cannot write a report of {@code assessment} in one of {@code writes} with the knowledge base of
     * {@code kbFolder} (or {@code null} for the built-in one), said on {@code err} with its exit code; {@code null} when
     * they can. Checked before anything is read, so a wrong command line costs nothing.
     */
    Integer refusal(CommandSpec spec, Path assessment, Path kbFolder, Set<ReportFormat> writes) {
        PrintWriter err = spec.commandLine().getErr();
        if (output != null && output.toString().isEmpty()) {
            return usage(spec, "-o needs a file name, or - for standard output");
        }
        if (!toStdout() && Files.exists(output) && Files.exists(assessment) && sameFile(output, assessment)) {
            err.println("mli: " + output + ": refusing to overwrite the assessment with its own report");
            return ExitCode.USAGE;
        }
        if (!toStdout() && kbFolder != null && insideFolder(output, kbFolder)) {
            err.println("mli: " + output + ": refusing to overwrite a file of the knowledge base in use");
            return ExitCode.USAGE;
        }
        ReportFormat named = named();
        if (format != null && named != null && format != named) {
            return usage(spec, "-o " + output + " ends in " + extension(output) + " but --format " + lower(format)
                    + " was given; drop --format or change the file name");
        }
        ReportFormat chosen = chosen();
        if (!writes.contains(chosen)) {
            return usage(spec, spec.name() + " writes " + Arrays.stream(ReportFormat.values()).filter(writes::contains)
                    .map(ReportOutput::lower).collect(Collectors.joining(", ")) + ", not " + lower(chosen));
        }
        if (chosen.binary() && output == null) {
            return usage(spec, "--format " + lower(chosen)
                    + " writes a binary file; give it a name with -o FILE (or -o - for standard output)");
        }
        return null;
    }

    /** The format to write: {@code --format}, else the one the {@code -o} file's extension names, else Markdown. */
    ReportFormat chosen() {
        ReportFormat named = named();
        return format != null ? format : named != null ? named : ReportFormat.MARKDOWN;
    }

    /** The format the output's file name names, if any: a device's or a pipe's name says where the bytes go, not what they are. */
    private ReportFormat named() {
        return toStdout() || OutputFile.writesThrough(output) || output.getFileName() == null ? null
                : ReportFormat.ofFileName(output.getFileName().toString()).orElse(null);
    }

    /** Refuses, with exit 64, to write the report over one of the files it was made from; {@code null} when it does not. */
    Integer refusalToOverwrite(List<Path> inputs, PrintWriter err) {
        for (Path input : inputs) {
            if (!toStdout() && Files.exists(output) && sameFile(output, input)) {
                err.println("mli: " + output + ": refusing to overwrite " + input + ", which this report was made from");
                return ExitCode.USAGE;
            }
        }
        return null;
    }

    /** Writes {@code report} in {@code chosen} format where the options say, and returns the exit code. */
    int write(byte[] report, ReportFormat chosen, CommandSpec spec) {
        PrintWriter out = spec.commandLine().getOut();
        if (!toStdout()) {
            return FileOutput.write(output, report, LABELS.get(chosen), spec.commandLine().getErr());
        }
        if (chosen.binary()) {
            return writeBytesToStdout(report, out, spec);
        }
        // failures are caught where standard output is set up (MliCommand.run): exit 74
        out.print(new String(report, StandardCharsets.UTF_8));
        out.flush();
        return ExitCode.OK;
    }

    private static int usage(CommandSpec spec, String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("mli: " + message);
        err.println("Try '" + spec.qualifiedName() + " --help' for usage.");
        return ExitCode.USAGE;
    }

    static String lower(ReportFormat format) {
        return format.name().toLowerCase(Locale.ROOT);
    }

    /** The extension of {@code output}'s file name as written, with its dot. */
    private static String extension(Path output) {
        String name = output.getFileName().toString();
        return name.substring(name.lastIndexOf('.'));
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

    /**
     * Whether an existing {@code output} is a file of the knowledge-base folder in use: a report
     * written over {@code gates.yaml} would destroy the knowledge it was drawn from.
     */
    private static boolean insideFolder(Path output, Path folder) {
        try {
            return Files.exists(output) && Files.isDirectory(folder)
                    && output.toRealPath().startsWith(folder.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
