package io.fixtura.runtime.anonymize;

import io.fixtura.runtime.dataset.Columns;
import io.fixtura.runtime.io.CsvFiles;
import io.fixtura.runtime.io.CsvReader;
import io.fixtura.runtime.io.MalformedFileException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Anonymizes one CSV file record by record: the header and every column that is not rewritten are
 * written back with the same text (quoted as {@link CsvFiles} quotes), the rewritten ones are read
 * as their field's value, sent through its rule and written in the {@link Columns#text} form.
 */
final class CsvRewriter {

    private static final String CRLF = "\r\n";

    private CsvRewriter() {
    }

    /** Rewrites {@code in} into {@code out}; returns the number of records. */
    static long rewrite(RowRules rules, Path in, OutputStream out) throws IOException {
        try (CsvReader csv = CsvReader.open(in)) {
            int[] fieldOf = header(rules, csv.header(), in);
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            writeRecord(writer, csv.header());
            long records = 0;
            String[] fields = new String[fieldOf.length];
            while (csv.hasNext()) {
                List<String> record = csv.next();
                for (int c = 0; c < fieldOf.length; c++) {
                    String text = record.get(c);
                    fields[c] = rules.rewrites(fieldOf[c]) ? rewrite(rules, fieldOf[c], text, in, csv.line()) : text;
                }
                writeRecord(writer, Arrays.asList(fields));
                records++;
            }
            writer.flush();
            return records;
        } catch (MalformedFileException e) {
            // the reader names file, line and what it expected; at most one character of the input
            throw new AnonymizationException(e.getMessage(), e);
        }
    }

    /** The field index of each header column; fails on an unknown or repeated column or a missing required one. */
    private static int[] header(RowRules rules, List<String> header, Path file) {
        int[] fieldOf = new int[header.size()];
        boolean[] present = new boolean[rules.size()];
        Set<String> seen = new HashSet<>();
        for (int c = 0; c < fieldOf.length; c++) {
            String column = header.get(c);
            fieldOf[c] = rules.indexOf(column);
            if (fieldOf[c] < 0) {
                throw rules.unknownColumn(file, 1, column, c + 1);
            }
            if (!seen.add(column)) {
                throw new AnonymizationException(RowRules.at(file, 1, column) + ": the column appears twice in the"
                        + " header");
            }
            present[fieldOf[c]] = true;
        }
        String missing = rules.missingRequired(present);
        if (missing != null) {
            throw new AnonymizationException(RowRules.at(file, 1, missing) + ": the header lacks this required"
                    + " (not null) column");
        }
        return fieldOf;
    }

    private static String rewrite(RowRules rules, int field, String text, Path file, long line) {
        try {
            return Columns.text(rules.rewrite(field, ColumnValues.fromText(rules.field(field), text)));
        } catch (AnonymizationException e) {
            throw RowRules.located(RowRules.at(file, line, rules.field(field).column()), e);
        }
    }

    private static void writeRecord(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            CsvFiles.writeField(out, fields.get(i));
        }
        out.write(CRLF);
    }
}
