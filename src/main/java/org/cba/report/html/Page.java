package org.cba.report.html;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A single self-contained page (cba cost, cba diff, cba doc): a Mustache template from this package
 * rendered with the report stylesheet inlined, so the one file can be mailed or printed as it is.
 */
public final class Page {
    private static final String ROOT = "org/cba/report/html/";
    private static final MustacheFactory TEMPLATES = new DefaultMustacheFactory(ROOT);

    private Page() {
    }

    /** Renders template NAME.mustache with scope plus "css" (the stylesheet, for page-head). */
    public static void render(String name, Map<String, Object> scope, Writer out) {
        Map<String, Object> withCss = new HashMap<>(scope);
        withCss.put("css", stylesheet());
        try {
            TEMPLATES.compile(name + ".mustache").execute(out, List.of(withCss)).flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String stylesheet() {
        try (InputStream in = Page.class.getClassLoader().getResourceAsStream(ROOT + HtmlReport.STYLESHEET)) {
            if (in == null) {
                throw new IllegalStateException("the stylesheet is missing from cba's jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
