// Starts cba's language server (`cba lsp`) for .cba files. Highlighting comes from the TextMate
// grammar even without the server; everything else (diagnostics, hover, definitions, completion,
// outline, formatting, example lenses) comes from the server, which reuses cba's own checker.
import * as vscode from "vscode";
import { LanguageClient, LanguageClientOptions, ServerOptions } from "vscode-languageclient/node";
import { serverCommand } from "./serverCommand";

let client: LanguageClient | undefined;
let output: vscode.OutputChannel | undefined;

/** How to start the server, from the settings and the open folders (see serverCommand). */
function serverOptions(config: vscode.WorkspaceConfiguration): ServerOptions {
  const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === "file").map((f) => f.uri.fsPath);
  const how = serverCommand({
    path: config.get<string>("server.path", "cba"),
    jar: config.get<string>("server.jar", ""),
    java: config.get<string>("server.java", "java"),
  }, folders, process.env);
  output?.appendLine(`Starting ${how.command} ${how.args.join(" ")} (from ${how.why})`);
  return { command: how.command, args: how.args, options: { shell: how.shell } };
}

/** Starts (or restarts) the client with the current settings; a failure to start is shown, not thrown. */
async function start(watcher: vscode.FileSystemWatcher): Promise<void> {
  if (client) {
    await client.stop().catch(() => undefined);
  }
  const config = vscode.workspace.getConfiguration("cba");
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: "file", language: "cba" }],
    synchronize: { fileEvents: watcher },
    outputChannel: output,
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
  output = vscode.window.createOutputChannel("cba");
  const watcher = vscode.workspace.createFileSystemWatcher("**/*.cba");
  context.subscriptions.push(output, watcher);
  await start(watcher);
  context.subscriptions.push(
    vscode.commands.registerCommand("cba.restartServer", () => start(watcher)),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (event.affectsConfiguration("cba.server")) {
        await start(watcher);
      }
    }));
}

export async function deactivate(): Promise<void> {
  if (client) {
    await client.stop();
  }
}
