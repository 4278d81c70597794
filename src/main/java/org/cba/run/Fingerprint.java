package org.cba.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cba.report.Json;
import org.cba.report.html.Stamp;

/**
 * What a report was made from, enough to make it again and to tell whether it still holds: the
 * contract (the path as given and as an absolute path, its name, version and git revision), the
 * SHA-256 of every spec file and data file, the as-of date, the readings, the cba version, and the
 * findings, one line each. Written beside a report as fingerprint.json; cba verify reads it.
 */
public record Fingerprint(String contractShown, String contractPath, String contract, String version, String revision,
                          List<Stamp.FileHash> specs, String dataShown, String dataPath, List<Stamp.FileHash> dataFiles,
                          LocalDate asOf, Map<String, String> readings, String cbaVersion, List<String> findings) {
    /** The version of cba, as cba --version prints it after "cba ". */
    public static final String CBA_VERSION = "0.1.0";
    public static final String FILE = "fingerprint.json";

    public Fingerprint {
        specs = List.copyOf(specs);
        dataFiles = List.copyOf(dataFiles);
        readings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(readings));
        findings = List.copyOf(findings);
    }

    /** The stamp every page of the report carries. */
    public Stamp stamp() {
        List<String> chosen = new ArrayList<>();
        readings.forEach((k, v) -> chosen.add(k + " = " + v));
        return new Stamp(contract, version, revision, specs, dataShown, dataFiles, asOf.toString(), chosen, CBA_VERSION, digest());
    }

    /** One SHA-256 over everything the report depends on (files, date, readings, version): short enough to quote. */
    public String digest() {
        StringBuilder b = new StringBuilder(contract + "\n" + version + "\n" + asOf + "\n" + readings + "\n" + CBA_VERSION + "\n");
        specs.forEach(h -> b.append("spec ").append(h.path()).append(' ').append(h.sha256()).append('\n'));
        dataFiles.forEach(h -> b.append("data ").append(h.path()).append(' ').append(h.sha256()).append('\n'));
        return Hashes.sha256(b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 16);
    }

    public void write(Path dir) throws IOException {
        Files.writeString(dir.resolve(FILE), Json.write(json()) + "\n");
    }

    private ObjectNode json() {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("cba", CBA_VERSION);
        ObjectNode c = o.putObject("contract");
        c.put("shown", contractShown);
        c.put("path", contractPath);
        c.put("name", contract);
        c.put("version", version);
        c.put("revision", revision);
        hashes(c.putArray("files"), specs);
        ObjectNode d = o.putObject("data");
        d.put("shown", dataShown);
        d.put("path", dataPath);
        hashes(d.putArray("files"), dataFiles);
        o.put("asOf", asOf.toString());
        ObjectNode r = o.putObject("readings");
        readings.forEach(r::put);
        o.put("digest", digest());
        ArrayNode f = o.putArray("findings");
        findings.forEach(f::add);
        return o;
    }

    private static void hashes(ArrayNode array, List<Stamp.FileHash> hashes) {
        for (Stamp.FileHash h : hashes) {
            array.addObject().put("path", h.path()).put("sha256", h.sha256());
        }
    }

    /** The fingerprint written in a report's folder. */
    public static Fingerprint read(Path dir) throws Failure {
        Path file = dir.resolve(FILE);
        try {
            JsonNode o = Json.MAPPER.readTree(Files.readString(file));
            JsonNode c = o.path("contract");
            JsonNode d = o.path("data");
            Map<String, String> readings = new LinkedHashMap<>();
            o.path("readings").fields().forEachRemaining(e -> readings.put(e.getKey(), e.getValue().asText()));
            List<String> findings = new ArrayList<>();
            o.path("findings").forEach(n -> findings.add(n.asText()));
            return new Fingerprint(text(c, "shown"), required(c, "path", file), text(c, "name"), text(c, "version"),
                    text(c, "revision"), hashes(c.path("files")), text(d, "shown"), required(d, "path", file),
                    hashes(d.path("files")), LocalDate.parse(required(o, "asOf", file)), readings, text(o, "cba"), findings);
        } catch (IOException | RuntimeException e) {
            throw new Failure(Problem.usage("U009", "cannot read " + file + ": " + e.getMessage()));
        }
    }

    private static String text(JsonNode o, String field) {
        JsonNode n = o.path(field);
        return n.isNull() || n.isMissingNode() ? null : n.asText();
    }

    private static String required(JsonNode o, String field, Path file) {
        String s = text(o, field);
        if (s == null) {
            throw new IllegalArgumentException("it has no " + field);
        }
        return s;
    }

    private static List<Stamp.FileHash> hashes(JsonNode array) {
        List<Stamp.FileHash> out = new ArrayList<>();
        array.forEach(n -> out.add(new Stamp.FileHash(n.path("path").asText(), n.path("sha256").asText())));
        return out;
    }
}
