import { type Command, InvalidArgumentError } from "commander";
import type { Context } from "./context";

/**
 * One file in cli/src/commands/ = one top-level command (and its subcommands): it default-exports
 * `defineCommand((program, ctx) => { program.command("noun")... })`. cli/build.mjs collects every
 * file there, so nothing else needs to change to add a command.
 */
export interface CommandModule {
  /** Sort key among the commands in help (lower first); default 50. */
  order?: number;
  register(program: Command, ctx: Context): void;
}

export function defineCommand(register: CommandModule["register"], order?: number): CommandModule {
  return order === undefined ? { register } : { register, order };
}

/** `--json` for a read command: the stable shapes documented in the README instead of a table. */
export const JSON_FLAG = ["--json", "print JSON (stable shape, see README) instead of a table"] as const;

/** Parses a positive integer option, or fails as a usage error. */
export function intOption(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${name} must be a positive integer`);
    return n;
  };
}

/** An option limited to `choices`, failing as a usage error (exit 2) otherwise. */
export function choiceOption<T extends string>(choices: readonly T[]) {
  return (value: string): T => {
    const hit = choices.find((c) => c === value);
    if (!hit) throw new InvalidArgumentError(`expected one of ${choices.join(", ")}`);
    return hit;
  };
}
