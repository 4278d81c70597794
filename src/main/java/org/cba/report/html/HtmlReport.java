package org.cba.report.html;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes a report's pages as a self-contained static site: index.html (the district), a page per
 * site and per finding, and the one stylesheet they share. The pages are Mustache templates
 * (escaping every value), load nothing from the network and link only to each other.
 */
public final class HtmlReport {
    public static final String INDEX = "index.html";
    public static final String STYLESHEET = "report.css";
    private static final String ROOT = "org/cba/report/html/";

    private HtmlReport() {
    }

    public static void write(Pages pages, Path out) throws IOException {
        MustacheFactory templates = new DefaultMustacheFactory(ROOT);
        copyStylesheet(out);
        Stamp stamp = pages.stamp();
        String contract = pages.district().contract();
        render(templates, "index", out.resolve(INDEX), Map.of("title", contract + " — findings", "stamp", stamp, "district", pages.district()));
        for (Pages.Place place : pages.places()) {
            render(templates, "site", out.resolve(place.file()), Map.of("title", place.name() + " — " + contract, "stamp", stamp, "place", place));
        }
        for (Pages.FindingPage page : pages.findings()) {
            render(templates, "finding", out.resolve(page.file()),
                    Map.of("title", page.label() + ": " + page.place().text() + " — " + contract, "stamp", stamp, "page", page));
        }
    }

    private static void render(MustacheFactory templates, String name, Path file, Map<String, Object> scope) throws IOException {
        Mustache m = templates.compile(name + ".mustache");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            m.execute(w, List.of(scope)).flush();
        }
    }

    private static void copyStylesheet(Path out) throws IOException {
        try (InputStream in = HtmlReport.class.getClassLoader().getResourceAsStream(ROOT + STYLESHEET)) {
            if (in == null) {
                throw new IllegalStateException("the stylesheet is missing from cba's jar");
            }
            Files.write(out.resolve(STYLESHEET), in.readAllBytes());
        }
    }
}
