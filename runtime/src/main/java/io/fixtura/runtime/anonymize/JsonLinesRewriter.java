package io.fixtura.runtime.anonymize;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import io.fixtura.runtime.FieldModel;
import io.fixtura.runtime.io.JsonFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Anonymizes one JSON Lines file line by line. A value that is not rewritten is copied as the exact
 * characters of the input (so {@code 1.50} stays {@code 1.50} and escapes stay escapes); a rewritten
 * one is read as its field's value, sent through its rule and written as {@code JsonFiles} writes it.
 */
final class JsonLinesRewriter {

    /** As JsonFiles writes: plain UTF-8 for astral characters, exact decimals, never exponents. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private JsonLinesRewriter() {
    }

    /** Rewrites {@code in} into {@code out}, one object per line; returns the rows written. Blank lines are skipped. */
    static long rewrite(RowRules rules, Path in, OutputStream out) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(in),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
                JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.setPrettyPrinter(new MinimalPrettyPrinter(""));
            long line = 0;
            long rows = 0;
            while (true) {
                String text;
                try {
                    text = reader.readLine();
                } catch (CharacterCodingException e) {
                    throw new AnonymizationException(RowRules.at(in, line + 1, null) + ": expected UTF-8 text, found"
                            + " bytes that are not");
                }
                if (text == null) {
                    return rows;
                }
                line++;
                if (line == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                if (text.isBlank()) {
                    continue;
                }
                row(rules, text, json, in, line);
                json.writeRaw('\n');
                rows++;
            }
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("cannot read " + in + ": the file does not exist", e);
        }
    }

    private static void row(RowRules rules, String text, JsonGenerator out, Path file, long line) throws IOException {
        boolean[] present = new boolean[rules.size()];
        String column = null;
        int position = 0;
        try (JsonParser in = FACTORY.createParser(text)) {
            if (in.nextToken() != JsonToken.START_OBJECT) {
                throw new AnonymizationException(RowRules.at(file, line, null) + ": expected a JSON object");
            }
            out.writeStartObject();
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                column = in.currentName();
                position++;
                int field = rules.indexOf(column);
                if (field < 0) {
                    throw rules.unknownColumn(file, line, column, position);
                }
                if (present[field]) {
                    throw new AnonymizationException(RowRules.at(file, line, column) + ": the column appears twice");
                }
                present[field] = true;
                JsonToken token = in.nextToken();
                int start = (int) in.currentTokenLocation().getCharOffset();
                if (token.isStructStart()) {
                    in.skipChildren();
                } else {
                    in.finishToken();
                }
                int end = (int) in.currentLocation().getCharOffset();
                out.writeFieldName(column);
                if (!rules.rewrites(field)) {
                    out.writeRawValue(text, start, end - start);
                    continue;
                }
                String decoded = token == JsonToken.VALUE_STRING ? in.getText() : null;
                try {
                    FieldModel<?> model = rules.field(field);
                    Object value = ColumnValues.fromJson(model, token, decoded, text.substring(start, end));
                    JsonFiles.writeValue(out, model, rules.rewrite(field, value));
                } catch (AnonymizationException e) {
                    throw RowRules.located(RowRules.at(file, line, column), e);
                }
            }
            out.writeEndObject();
            if (in.nextToken() != null) {
                throw new AnonymizationException(RowRules.at(file, line, null) + ": expected one JSON object per line,"
                        + " found more after it");
            }
        } catch (JsonProcessingException e) {
            // Jackson's message quotes the text around the error: only its position is reported
            String at = e.getLocation() == null ? ""
                    : " at character " + e.getLocation().getColumnNr() + " of the line";
            throw new AnonymizationException(RowRules.at(file, line, null) + ": malformed JSON" + at
                    + (column == null ? "" : " (in or after column " + column + ")"));
        }
        String missing = rules.missingRequired(present);
        if (missing != null) {
            throw new AnonymizationException(RowRules.at(file, line, missing) + ": the required (not null) column is"
                    + " missing");
        }
    }
}
