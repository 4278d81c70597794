// Starts cba's language server (`cba lsp`) for .cba files. Highlighting comes from the TextMate
// grammar even without the server; everything else (diagnostics, hover, definitions, completion,
// outline, formatting, example lenses) comes from the server, which reuses cba's own checker.
import * as vscode from "vscode";
import { LanguageClient, LanguageClientOptions, ServerOptions } from "vscode-languageclient/node";

let client: LanguageClient | undefined;

/** How to start the server: `java -jar <jar> lsp` when a jar is configured, else `<launcher> lsp`. */
function serverOptions(config: vscode.WorkspaceConfiguration): ServerOptions {
  const jar = config.get<string>("server.jar", "").trim();
  if (jar !== "") {
    const java = config.get<string>("server.java", "java");
    return { command: java, args: ["-jar", jar, "lsp"] };
  }
  return { command: config.get<string>("server.path", "cba"), args: ["lsp"] };
}

/** Starts (or restarts) the client with the current settings; a failure to start is shown, not thrown. */
async function start(context: vscode.ExtensionContext): Promise<void> {
  if (client) {
    await client.stop().catch(() => undefined);
  }
  const config = vscode.workspace.getConfiguration("cba");
  const watcher = vscode.workspace.createFileSystemWatcher("**/*.cba");
  context.subscriptions.push(watcher);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: "file", language: "cba" }],
    synchronize: { fileEvents: watcher },
  };
  client = new LanguageClient("cba", "cba", serverOptions(config), clientOptions);
  try {
    await client.start();
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    void vscode.window.showErrorMessage(
      `cba: could not start the language server (${message}). Set cba.server.path to the cba launcher, ` +
        "or cba.server.jar to target/cba.jar. Highlighting still works.");
  }
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  await start(context);
  context.subscriptions.push(
    vscode.commands.registerCommand("cba.restartServer", () => start(context)),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (event.affectsConfiguration("cba.server")) {
        await start(context);
      }
    }));
}

export async function deactivate(): Promise<void> {
  if (client) {
    await client.stop();
  }
}
