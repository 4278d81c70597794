package org.cba.syntax.ast;

import java.time.LocalDate;
import org.cba.source.Span;

/** agreement "name" version "..." effective start to end amends "../base"; all but name may be null. */
public record Header(Span span, String name, String version, LocalDate start, LocalDate end, String base) {
}
