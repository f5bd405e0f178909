import commands from "commands:all";
import { Command, CommanderError } from "commander";
import { createContext, type GlobalOptions } from "./context";
import { CliError, EXIT } from "./errors";

/**
 * Builds the whole command tree: global options, then every command module in cli/src/commands/
 * in their declared order. Subcommands inherit `exitOverride`, so every parse error reaches `main`.
 */
function buildProgram(): Command {
  const program = new Command("commandcenter")
    .description("CommandCenter from a terminal: radar, repositories, analyses, knowledge search and jobs.")
    .version(__CLI_VERSION__, "-V, --version")
    .option("--profile <name>", "use this saved profile (default: the current one, or CC_PROFILE)")
    .option("-p, --project <idOrSlug>", "act on this project (default: the profile's, or CC_PROJECT)")
    .option("--no-color", "no colour (also NO_COLOR=1)")
    .option("--debug", "print stack traces of unexpected errors")
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride();
  const ctx = createContext(() => program.opts<GlobalOptions>());
  for (const mod of [...commands].sort((a, b) => (a.order ?? 50) - (b.order ?? 50))) mod.register(program, ctx);
  return program;
}

/** Parses argv, runs the command, and turns every failure into one line and an exit code. */
async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return EXIT.ok;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === "commander.helpDisplayed" || err.code === "commander.version") return EXIT.ok;
      if (err.code === "commander.help") return EXIT.ok;
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    const debug = program.opts<GlobalOptions>().debug || process.env.CC_DEBUG === "1";
    if (err instanceof CliError) {
      const requestId = "requestId" in err && typeof err.requestId === "string" ? ` (request id ${err.requestId})` : "";
      process.stderr.write(`error: ${err.message}${requestId}\n`);
      if (debug && err.stack) process.stderr.write(`${err.stack}\n`);
      return err.exitCode;
    }
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`error: ${message}\n`);
    if (debug && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
    else process.stderr.write("(run with --debug for details)\n");
    return EXIT.failed;
  }
}

const code = await main(process.argv);
process.exitCode = code;
