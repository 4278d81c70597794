package org.cba.syntax.ast;

import java.util.List;
import org.cba.source.SourceFile;
import org.cba.source.Span;

/** One parsed file; header is null unless the file is a contract's agreement.cba. */
public record Spec(SourceFile file, Span span, Header header, List<Import> imports, List<Decl> decls) {
    public Spec {
        imports = List.copyOf(imports);
        decls = List.copyOf(decls);
    }
}
