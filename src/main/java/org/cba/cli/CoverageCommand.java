package org.cba.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "coverage")
public final class CoverageCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
