// How the extension finds `cba lsp` (src/serverCommand.ts, compiled to out/): run by `npm test`
// with node's own test runner, without VS Code.
const test = require("node:test");
const assert = require("node:assert");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { serverCommand } = require("../../out/serverCommand.js");

const defaults = { path: "cba", jar: "", java: "java" };

function tempDir() {
  return fs.mkdtempSync(path.join(os.tmpdir(), "cba-ext-"));
}

function launcher(dir, name = "cba", mode = 0o755) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, "#!/bin/sh\n");
  fs.chmodSync(file, mode);
  return file;
}

test("a jar runs with java, a relative jar from the first open folder", () => {
  const how = serverCommand({ ...defaults, jar: "target/cba.jar", java: "/opt/java/bin/java" }, ["/work/cba"], {}, "linux");
  assert.deepStrictEqual([how.command, ...how.args], ["/opt/java/bin/java", "-jar", "/work/cba/target/cba.jar", "lsp"]);
});

test("a launcher set in the settings is used, a relative one from the first open folder", () => {
  assert.strictEqual(serverCommand({ ...defaults, path: "/usr/local/bin/cba" }, ["/work"], {}, "linux").command, "/usr/local/bin/cba");
  assert.strictEqual(serverCommand({ ...defaults, path: "./cba" }, ["/work/cba"], {}, "linux").command, "/work/cba/cba");
  assert.strictEqual(serverCommand({ ...defaults, path: "my-cba" }, ["/work/cba"], {}, "linux").command, "my-cba");
});

test("by default, cba on the PATH comes first, before an open clone's own ./cba", () => {
  const bin = tempDir();
  const onPath = launcher(bin);
  const repo = tempDir();
  launcher(repo);
  fs.writeFileSync(path.join(repo, "pom.xml"), "<project/>");
  const how = serverCommand(defaults, [repo], { PATH: ["/nonexistent", bin].join(path.delimiter) }, "linux");
  assert.deepStrictEqual([how.command, ...how.args, how.why], [onPath, "lsp", "the PATH"]);
});

test("by default, without cba on the PATH, an open clone of cba starts its own ./cba", () => {
  const repo = tempDir();
  const own = launcher(repo);
  fs.writeFileSync(path.join(repo, "pom.xml"), "<project/>");
  const how = serverCommand(defaults, ["/nonexistent", repo], { PATH: "" }, "linux");
  assert.deepStrictEqual([how.command, ...how.args], [own, "lsp"]);
  assert.strictEqual(how.why, "the open folder's own launcher");
});

test("a folder's cba that is not executable, or not in a cba repository, is not started", () => {
  const notExecutable = tempDir();
  launcher(notExecutable, "cba", 0o644);
  fs.writeFileSync(path.join(notExecutable, "pom.xml"), "<project/>");
  const noRepository = tempDir();
  launcher(noRepository);
  const how = serverCommand(defaults, [notExecutable, noRepository], { PATH: "" }, "linux");
  assert.deepStrictEqual([how.command, ...how.args], ["cba", "lsp"]);
});

test("a .cmd launcher (Windows) runs through a shell", () => {
  assert.strictEqual(serverCommand({ ...defaults, path: "C:\\cba\\cba.cmd" }, [], {}, "win32").shell, true);
  assert.strictEqual(serverCommand({ ...defaults, path: "/work/cba/cba" }, [], {}, "linux").shell, false);
});
