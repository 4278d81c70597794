package org.cba.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.cba.lsp.LspServer;
import picocli.CommandLine.Command;

/** cba lsp: the language server an editor starts, speaking the Language Server Protocol on standard input and output. */
@Command(name = "lsp", mixinStandardHelpOptions = true,
        description = {"Run the language server for editors (VS Code, Neovim, Sublime Text ...).",
                "Diagnostics as you type, hover, go to definition, references, completion, outline, formatting and example results. "
                        + "It speaks the Language Server Protocol on standard input and output; an editor starts it. See docs/editors.md."},
        footer = {"", "Exit codes: 0 after the editor's shutdown and exit, 1 when it left without one."})
public final class LspCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        InputStream in = System.in;
        PrintStream protocol = System.out;
        // standard output carries the protocol: anything else printed there would corrupt it
        System.setOut(System.err);
        try {
            return LspServer.serve(in, protocol);
        } finally {
            System.setOut(protocol);
        }
    }
}
