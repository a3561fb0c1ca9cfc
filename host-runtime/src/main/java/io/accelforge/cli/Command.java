package io.accelforge.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/** One forge subcommand. */
interface Command {
    String name();

    /** One line for 'forge --help'. */
    String summary();

    /** The synopsis, e.g. "forge lint DIR". */
    String usage();

    /** Longer description for 'forge NAME --help'. */
    String description();

    /** Options besides --help, which every command has. */
    Options options();

    /** @return an exit code: {@link Exit#OK}, {@link Exit#FAILED} or {@link Exit#USAGE} */
    int run(CommandLine cl, Console io) throws Exception;
}
