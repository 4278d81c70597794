// How the extension starts `cba lsp`, from the settings and the open folders. Kept apart from
// the vscode API so that it can be tested with node alone (test/unit).
import * as fs from "node:fs";
import * as path from "node:path";

export interface ServerSettings {
  /** cba.server.path: the launcher, "cba" by default. */
  path: string;
  /** cba.server.jar: the jar, or empty. */
  jar: string;
  /** cba.server.java: the java executable used with the jar. */
  java: string;
}

export interface ServerCommand {
  command: string;
  args: string[];
  /** Where the command came from, for the output channel. */
  why: string;
  /** A .cmd or .bat launcher (Windows) runs only through a shell. */
  shell: boolean;
}

export const DEFAULT_PATH = "cba";

function launch(command: string, args: string[], why: string): ServerCommand {
  return { command, args, why, shell: /\.(cmd|bat)$/i.test(command) };
}

/** The launcher's file names on this platform: the repository has `cba` and `cba.cmd`. */
function launcherNames(platform: string): string[] {
  return platform === "win32" ? ["cba.cmd", "cba.bat", "cba.exe"] : ["cba"];
}

function isExecutableFile(file: string, platform: string): boolean {
  try {
    if (!fs.statSync(file).isFile()) {
      return false;
    }
    if (platform !== "win32") {
      fs.accessSync(file, fs.constants.X_OK);
    }
    return true;
  } catch {
    return false;
  }
}

/** The launcher found on the PATH, or undefined. */
export function onPath(env: NodeJS.ProcessEnv, platform: string = process.platform): string | undefined {
  const dirs = (env.PATH ?? env.Path ?? "").split(path.delimiter).filter((d) => d !== "");
  for (const dir of dirs) {
    for (const name of launcherNames(platform)) {
      const file = path.join(dir, name);
      if (isExecutableFile(file, platform)) {
        return file;
      }
    }
  }
  return undefined;
}

/**
 * The command that starts the server:
 * - cba.server.jar set: `<java> -jar <jar> lsp`;
 * - cba.server.path changed from "cba": that launcher (a relative path is taken from the first
 *   open folder, not from wherever the editor was started);
 * - "cba" on the PATH: that;
 * - else an open folder that is a cba repository, with its `./cba` launcher at the top: that one.
 *   Someone who opens a clone of cba gets the server without setting anything.
 * Failing all these, "cba" as it is: starting it fails and the extension says what to set.
 */
export function serverCommand(settings: ServerSettings, folders: string[], env: NodeJS.ProcessEnv,
  platform: string = process.platform): ServerCommand {
  const jar = settings.jar.trim();
  if (jar !== "") {
    const file = folders.length > 0 ? path.resolve(folders[0], jar) : jar;
    return launch(settings.java.trim() || "java", ["-jar", file, "lsp"], "cba.server.jar");
  }
  const launcher = settings.path.trim() || DEFAULT_PATH;
  if (launcher !== DEFAULT_PATH) {
    const relative = !path.isAbsolute(launcher) && /[\\/]/.test(launcher);
    const file = relative && folders.length > 0 ? path.resolve(folders[0], launcher) : launcher;
    return launch(file, ["lsp"], "cba.server.path");
  }
  const found = onPath(env, platform);
  if (found !== undefined) {
    return launch(found, ["lsp"], "the PATH");
  }
  for (const folder of folders) {
    for (const name of launcherNames(platform)) {
      const file = path.join(folder, name);
      if (isExecutableFile(file, platform) && fs.existsSync(path.join(folder, "pom.xml"))) {
        return launch(file, ["lsp"], "the open folder's own launcher");
      }
    }
  }
  return launch(DEFAULT_PATH, ["lsp"], "the default, cba on the PATH");
}
