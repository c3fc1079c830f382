package dev.mockndes.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code mock-ndes completion}: prints picocli's completion script for every command and option.
 * The script is bash; zsh runs it through {@code bashcompinit}, which the script enables itself.
 */
@Command(name = "completion", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Prints a shell completion script for mock-ndes (bash; zsh loads it through bashcompinit)."},
        footer = {"", "Examples:",
                "  source <(mock-ndes completion)                      # this shell",
                "  mock-ndes completion > /etc/bash_completion.d/mock-ndes",
                "  echo 'source <(mock-ndes completion zsh)' >> ~/.zshrc"})
final class CompletionCommand implements Callable<Integer> {
    enum Shell { BASH, ZSH }

    @Parameters(arity = "0..1", paramLabel = "SHELL", defaultValue = "bash", description = "bash or zsh. Default: ${DEFAULT-VALUE}.")
    Shell shell;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(AutoComplete.bash(spec.root().name(), spec.root().commandLine()));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
