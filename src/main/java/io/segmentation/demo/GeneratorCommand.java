package io.segmentation.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** The generator's command line: parses the options, writes the file and reports lines and seconds. */
record GeneratorCommand(OnlineRetailGenerator.Options options, Path out) {

    static final String USAGE = "usage: OnlineRetailGenerator [--lines N] [--customers N] [--seed N] "
            + "[--from yyyy-MM-dd] [--to yyyy-MM-dd] [--out PATH]";

    private static final int BUFFER_CHARS = 1 << 20;

    /** Parses arguments; throws {@link IllegalArgumentException} with a message naming the bad argument. */
    static GeneratorCommand parse(String[] args) {
        OnlineRetailGenerator.Options defaults = OnlineRetailGenerator.Options.defaults();
        long seed = defaults.seed();
        long lines = defaults.lines();
        Integer customers = null;
        LocalDate from = defaults.from();
        LocalDate to = defaults.to();
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value after " + name);
            }
            String value = args[++i];
            try {
                switch (name) {
                    case "--lines" -> lines = Long.parseLong(value);
                    case "--customers" -> customers = Integer.parseInt(value);
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--from" -> from = LocalDate.parse(value);
                    case "--to" -> to = LocalDate.parse(value);
                    case "--out" -> out = Path.of(value);
                    default -> throw new IllegalArgumentException("unknown option " + name);
                }
            }
            catch (NumberFormatException | DateTimeParseException ex) {
                throw new IllegalArgumentException("bad value for " + name + ": " + value, ex);
            }
        }
        int customerCount = customers != null ? customers : OnlineRetailGenerator.Options.customersFor(lines);
        return new GeneratorCommand(new OnlineRetailGenerator.Options(seed, customerCount, lines, from, to), out);
    }

    /** Runs the command; returns the process exit status (0 done, 2 bad arguments). */
    static int run(String[] args, PrintStream console, PrintStream errors) throws IOException {
        GeneratorCommand command;
        try {
            command = parse(args);
        }
        catch (IllegalArgumentException ex) {
            errors.println(ex.getMessage());
            errors.println(USAGE);
            return 2;
        }
        long start = System.nanoTime();
        long written;
        if (command.out() == null) {
            Writer writer = new BufferedWriter(new OutputStreamWriter(console, StandardCharsets.UTF_8), BUFFER_CHARS);
            written = new OnlineRetailGenerator().write(writer, command.options());
        }
        else {
            try (Writer writer = new BufferedWriter(Files.newBufferedWriter(command.out(), StandardCharsets.UTF_8),
                    BUFFER_CHARS)) {
                written = new OnlineRetailGenerator().write(writer, command.options());
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        PrintStream report = command.out() == null ? errors : console;
        report.println(String.format(Locale.ROOT, "%d lines (%d customers, seed %d) written in %.2f s%s", written,
                command.options().customers(), command.options().seed(), seconds,
                command.out() == null ? "" : " to " + command.out()));
        return 0;
    }
}
