package org.cba.check;

import java.nio.file.Path;
import java.util.List;
import org.cba.source.Diagnostic;
import org.cba.syntax.ast.Header;
import org.cba.syntax.ast.Spec;

/**
 * The files of one contract, as loaded: the entry file (a folder's agreement.cba, or a lone spec
 * file) and every file it imports, in load order. header is null for a lone spec file.
 */
public record Contract(Path folder, String name, Header header, List<Spec> files, List<Diagnostic> diagnostics,
                       Contract base) {
    public Contract {
        files = List.copyOf(files);
        diagnostics = List.copyOf(diagnostics);
    }

    public Contract(Path folder, String name, Header header, List<Spec> files, List<Diagnostic> diagnostics) {
        this(folder, name, header, files, diagnostics, null);
    }

    public boolean loadedCleanly() {
        return diagnostics.stream().noneMatch(Diagnostic::isError) && (base == null || base.loadedCleanly());
    }

    /** The agreement's effective dates: this version's, else its base's. */
    public Header effectiveHeader() {
        if (header != null && header.start() != null) {
            return header;
        }
        return base != null ? base.effectiveHeader() : header;
    }
}
