package io.chipwatch.cli;

import picocli.CommandLine.Command;

/** {@code chipwatch topics apply|list}: the topics of {@code topics/} on a cluster. */
@Command(
        name = "topics",
        mixinStandardHelpOptions = true,
        description = "Create, check and list chipwatch's topics from their specs in topics/.",
        subcommands = {TopicsApplyCommand.class, TopicsListCommand.class})
final class TopicsCommand {
}
