package org.cba.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a whole JSON data file with Jackson's streaming parser, which keeps each number's exact
 * text and each error's line and column (a tree would lose both).
 */
final class JsonTables {
    private static final JsonFactory FACTORY = new JsonFactory();

    /** A table as parsed: either the table or every problem in it, thrown when it is asked for. */
    record Result(RawTable table, DataException problems) {
        RawTable get() throws DataException {
            if (problems != null) {
                throw problems;
            }
            return table;
        }
    }

    private JsonTables() {
    }

    /** Every table of the file by name; a problem with the file as a whole is thrown. */
    static Map<String, Result> parse(byte[] bytes, String fileName) throws DataException {
        Utf8.Decoded decoded = Utf8.decode(bytes);
        if (!decoded.ok()) {
            throw DataException.of(DataCode.D004, fileName, "line " + lineOf(decoded.text(), decoded.badChar()) + ": "
                    + Utf8.notUtf8(decoded.badByte(), ""));
        }
        try (JsonParser parser = FACTORY.createParser(decoded.text())) {
            return topLevel(parser, fileName);
        } catch (JsonProcessingException e) {
            throw fileProblem(fileName, "not valid JSON " + where(e.getLocation()) + ": " + jacksonWords(e));
        } catch (IOException e) {
            throw fileProblem(fileName, "cannot read the file: " + Io.reason(e));
        }
    }

    private static Map<String, Result> topLevel(JsonParser parser, String fileName) throws IOException, DataException {
        JsonToken token = parser.nextToken();
        if (token != JsonToken.START_OBJECT) {
            throw fileProblem(fileName, "expected an object holding the tables, like {\"schools\": [ ... ]}, but found "
                    + kind(token));
        }
        Map<String, Result> tables = new LinkedHashMap<>();
        Problems problems = new Problems(fileName);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            Result result = JsonRows.read(parser, fileName + ": " + name, name);
            if (tables.putIfAbsent(name, result) != null) {
                problems.add(DataCode.D001, 0, null, name, "this table appears twice in the file; which one is meant?");
            }
        }
        if (parser.nextToken() != null) {
            problems.add(DataCode.D001, 0, null, null, "unexpected content " + where(parser.currentTokenLocation())
                    + " after the object holding the tables");
        }
        problems.throwIfAny();
        return tables;
    }

    static String kind(JsonToken token) {
        if (token == null) {
            return "nothing (the file is empty)";
        }
        return switch (token) {
            case START_OBJECT -> "an object {…}";
            case START_ARRAY -> "an array […]";
            case VALUE_STRING -> "text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true/false";
            case VALUE_NULL -> "null";
            default -> token.asString() == null ? token.name() : token.asString();
        };
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return "at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** Jackson's own wording, without the source excerpt it appends for programmers. */
    private static String jacksonWords(JsonProcessingException e) {
        String words = String.valueOf(e.getOriginalMessage());
        int cut = words.indexOf('\n');
        words = cut < 0 ? words : words.substring(0, cut);
        cut = words.indexOf(" (start marker at");
        return cut < 0 ? words : words.substring(0, cut);
    }

    private static int lineOf(String text, int charOffset) {
        int line = 1;
        for (int i = 0; i < charOffset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static DataException fileProblem(String fileName, String message) {
        return DataException.of(DataCode.D001, fileName, message);
    }
}
