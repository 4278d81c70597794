package org.cba.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** cba --version: the release and the git commit it was built from (written into the jar at build time, else "unknown"). */
final class Version implements IVersionProvider {
    static final String RESOURCE = "/org/cba/version.properties";

    @Override
    public String[] getVersion() {
        return new String[] {"cba " + org.cba.run.Fingerprint.CBA_VERSION + " (commit " + commit() + ")"};
    }

    static String commit() {
        try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String c = p.getProperty("commit", "").strip();
            return c.isEmpty() || c.startsWith("${") ? "unknown" : c;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
