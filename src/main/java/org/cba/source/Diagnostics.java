package org.cba.source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Collects the diagnostics of a phase; phases return them rather than printing. */
public final class Diagnostics {
    private final List<Diagnostic> all = new ArrayList<>();

    public void add(Diagnostic d) {
        all.add(d);
    }

    public void addAll(Collection<Diagnostic> ds) {
        all.addAll(ds);
    }

    public void error(Code code, Span span, String message, String... hints) {
        add(Diagnostic.error(code, span, message, hints));
    }

    public void warning(Code code, Span span, String message, String... hints) {
        add(Diagnostic.warning(code, span, message, hints));
    }

    public boolean hasErrors() {
        return all.stream().anyMatch(Diagnostic::isError);
    }

    public int size() {
        return all.size();
    }

    /** In source order: file name, then position, then code — so output is stable. */
    public List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(all);
        copy.sort(ORDER);
        return List.copyOf(copy);
    }

    public static final Comparator<Diagnostic> ORDER = Comparator
            .comparing((Diagnostic d) -> d.span().file().name())
            .thenComparingInt(d -> d.span().start())
            .thenComparing(d -> d.code().id());
}
