package dev.mockndes.harness.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code scep-harness completion}: prints picocli's completion script for every command and option.
 * The script is bash; zsh runs it through {@code bashcompinit}, which the script enables itself, so
 * both shells get the same text.
 */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Prints a shell completion script for scep-harness (bash; zsh loads it through bashcompinit)."},
        footer = {"", "Examples:",
                "  source <(scep-harness completion)                      # this shell",
                "  scep-harness completion > /etc/bash_completion.d/scep-harness",
                "  echo 'source <(scep-harness completion zsh)' >> ~/.zshrc"})
public final class CompletionCommand implements Callable<Integer> {
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
