package io.github.amigovernance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The command table, and a run of one command building only that command. */
final class CliTest {

    private static final Cli CLI = Cli.with(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
            CliRun.CLOCK);

    static List<String> commands() {
        return Cli.COMMANDS;
    }

    @ParameterizedTest
    @MethodSource("commands")
    void command_everyName_buildsTheCommandOfThatName(String name) {
        Object command = CLI.command(name);

        CommandLine commandLine = command instanceof CommandLine built ? built : new CommandLine(command);
        assertEquals(name, commandLine.getCommandName());
    }

    @Test
    void command_unknownName_isRefusedWithTheName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CLI.command("generat"));

        assertTrue(e.getMessage().contains("generat"), e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("commands")
    void run_helpOfOneCommand_isTheHelpTheFullCommandLineGives(String name) {
        CommandLine full = new CommandLine(CLI);
        for (String each : Cli.COMMANDS) {
            full.addSubcommand(CLI.command(each));
        }
        String expected = full.getSubcommands().get(name).getUsageMessage(CommandLine.Help.Ansi.OFF);

        CliRun run = CliRun.run(name, "--help");

        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(expected, run.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "generat"})
    void run_noKnownCommandFirst_listsEveryCommand(String first) {
        CliRun run = CliRun.run(first);

        String listing = run.exitCode() == 0 ? run.out() : run.err();
        for (String name : Cli.COMMANDS) {
            assertTrue(listing.contains("\n  " + name + " "), name + " is not listed:\n" + run);
        }
    }

    @Test
    void run_noArguments_saysACommandIsRequiredAndExits2() {
        CliRun run = CliRun.run();

        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().startsWith("error: a command is required"), run.err());
    }
}
