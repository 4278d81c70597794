package org.cba.fuzz;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cba.cli.Main;

/**
 * The real specs of contracts/lausd-utla (both versions), and for each file the smallest contract
 * around it that checks cleanly: its version's agreement header, the schema, and the files that
 * declare what it uses, found by checking and adding the declarer of each name the checker says is
 * undefined. Checking the whole agreement takes about half a second; such a small contract a few
 * milliseconds, which is what makes a hundred thousand spec mutants affordable. A mutant replaces
 * one file of its small contract.
 */
final class SpecCorpus {
    static final Path ROOT = Path.of("contracts/lausd-utla");
    static final String BASE = "existing";
    static final String PROPOSAL = "utla-2025-06-17";
    /** The calendar that the examples of cba test count working days on, beside the versions. */
    private static final String TEST_DATA = "test-data";
    private static final Pattern QUOTED = Pattern.compile("\"([^\"\\n]{1,80})\"");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import \"[^\"]*\"\\s*$");

    /** The file a mutant changes (as "version/name") and the other files of its small contract. */
    record Target(String file, Map<String, String> contract) {
    }

    private static SpecCorpus shared;
    private final Map<String, String> texts = new LinkedHashMap<>();
    private final List<Target> targets = new ArrayList<>();
    private final List<String> tokens = new ArrayList<>();

    SpecCorpus(Path work) throws IOException {
        for (String version : List.of(BASE, PROPOSAL)) {
            try (Stream<Path> files = Files.list(ROOT.resolve(version))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".cba")).sorted().toList()) {
                    texts.put(version + "/" + f.getFileName(), Files.readString(f));
                }
            }
        }
        for (String text : texts.values()) {
            for (String t : text.split("\\s+")) {
                if (!t.isEmpty()) {
                    tokens.add(t);
                }
            }
        }
        for (String file : texts.keySet()) {
            targets.add(new Target(file, smallContract(file, work.resolve("closure"))));
        }
    }

    /** One corpus per JVM: the small contracts are found by checking, which takes seconds, and always come out the same. */
    static synchronized SpecCorpus shared(Path work) throws IOException {
        if (shared == null) {
            shared = new SpecCorpus(work);
        }
        return shared;
    }

    List<Target> targets() {
        return targets;
    }

    List<String> tokens() {
        return tokens;
    }

    /** Writes the target's small contract with the file replaced by content; returns the folder to check. */
    static Path write(Path dir, Target t, byte[] content) throws IOException {
        Files.createDirectories(dir.resolve(TEST_DATA));
        Files.copy(ROOT.resolve(TEST_DATA).resolve("calendar.csv"), dir.resolve(TEST_DATA).resolve("calendar.csv"));
        for (Map.Entry<String, String> e : t.contract().entrySet()) {
            Path p = dir.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, e.getKey().equals(t.file()) ? content : e.getValue().getBytes(StandardCharsets.UTF_8));
        }
        return dir.resolve(t.file()).getParent();
    }

    private Map<String, String> smallContract(String file, Path scratch) throws IOException {
        String version = file.substring(0, file.indexOf('/'));
        Set<String> members = new LinkedHashSet<>(List.of(BASE + "/schema.cba", file));
        if (version.equals(PROPOSAL) && texts.containsKey(BASE + file.substring(version.length()))) {
            members.add(BASE + file.substring(version.length())); // what an amendment amends
        }
        for (int round = 0; round < 12; round++) {
            Map<String, String> contract = assemble(members, version);
            List<String> undefined = undefinedNames(contract, version, scratch);
            Set<String> more = new LinkedHashSet<>();
            undefined.forEach(name -> declarer(name, version, members).ifPresent(more::add));
            if (more.isEmpty()) {
                return contract;
            }
            members.addAll(more);
        }
        return assemble(members, version);
    }

    /** The agreement files of both versions with their imports cut to the members. */
    private Map<String, String> assemble(Set<String> members, String version) {
        Map<String, String> contract = new LinkedHashMap<>();
        List<String> versions = version.equals(BASE) ? List.of(BASE) : List.of(BASE, PROPOSAL);
        for (String v : versions) {
            String agreement = v + "/agreement.cba";
            StringBuilder text = new StringBuilder(IMPORT.matcher(texts.get(agreement)).replaceAll(""));
            for (String m : members) {
                if (m.startsWith(v + "/") && !m.equals(agreement)) {
                    text.append("import \"").append(m.substring(v.length() + 1)).append("\"\n");
                }
            }
            contract.put(agreement, text.toString());
        }
        for (String m : members) {
            if (!contract.containsKey(m)) {
                contract.put(m, texts.get(m));
            }
        }
        return contract;
    }

    private List<String> undefinedNames(Map<String, String> contract, String version, Path scratch) throws IOException {
        Path dir = Files.createDirectories(scratch.resolve(Integer.toString(contract.hashCode())));
        for (Map.Entry<String, String> e : contract.entrySet()) {
            Files.createDirectories(dir.resolve(e.getKey()).getParent());
            Files.writeString(dir.resolve(e.getKey()), e.getValue());
        }
        StringWriter out = new StringWriter();
        Main.run(new String[] {"check", dir.resolve(version).toString()}, new PrintWriter(out), new PrintWriter(new StringWriter()));
        List<String> names = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            if (line.contains("error[")) {
                Matcher m = QUOTED.matcher(line);
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }

    /** The file that declares the name, in the version's folder first, then in the base. */
    private java.util.Optional<String> declarer(String name, String version, Set<String> members) {
        Pattern decl = Pattern.compile("(?m)^\\s*(amend\\s+)?(term|table|entity|enum|reading|rule|unit)\\b[^\\n]*\\b"
                + Pattern.quote(name) + "\\b");
        for (String v : List.of(version, BASE)) {
            for (Map.Entry<String, String> e : texts.entrySet()) {
                if (e.getKey().startsWith(v + "/") && !members.contains(e.getKey()) && decl.matcher(e.getValue()).find()) {
                    return java.util.Optional.of(e.getKey());
                }
            }
        }
        return java.util.Optional.empty();
    }
}
