import type { Command } from "commander";

/** One command path ("tech move") with its subcommands, flags, and what its arguments name. */
interface Node {
  path: string;
  subcommands: string[];
  flags: string[];
}

/** Arguments completed from the API: command path → `__complete` kind. */
const DYNAMIC_ARGS: Record<string, "projects" | "technologies"> = {
  "projects use": "projects",
  "tech show": "technologies",
  "tech move": "technologies",
};
/** Options whose value is completed from the API. */
const DYNAMIC_FLAGS: Record<string, "projects" | "technologies"> = {
  "-p": "projects",
  "--project": "projects",
  "--tech": "technologies",
};

function walk(cmd: Command, prefix: string, out: Node[]): void {
  for (const sub of cmd.commands) {
    if (sub.name().startsWith("__") || sub.name() === "help") continue;
    const path = prefix ? `${prefix} ${sub.name()}` : sub.name();
    const flags = sub.options.flatMap((o) => [o.short, o.long].filter((f): f is string => Boolean(f)));
    out.push({
      path,
      subcommands: sub.commands.map((c) => c.name()).filter((n) => n !== "help"),
      flags: [...flags, "--help"],
    });
    walk(sub, path, out);
  }
}

/** Global options that take a value (their value is not a command word). */
function valueFlags(program: Command): string[] {
  const all = [program, ...program.commands.flatMap((c) => [c, ...c.commands])];
  return [
    ...new Set(all.flatMap((c) => c.options.filter((o) => o.required || o.optional).flatMap((o) => [o.short, o.long]))),
  ].filter((f): f is string => Boolean(f));
}

const globalFlags = (program: Command) =>
  program.options.flatMap((o) => [o.short, o.long]).filter((f): f is string => Boolean(f));

/** The bash completion script (also used by zsh through bashcompinit). */
export function bashScript(program: Command): string {
  const nodes: Node[] = [];
  walk(program, "", nodes);
  const top = nodes.filter((n) => !n.path.includes(" ")).map((n) => n.path);
  const cases = nodes
    .map((n) => `    "${n.path}") words_for="${[...n.subcommands, ...n.flags].join(" ")}" ;;`)
    .join("\n");
  const dynArgs = Object.entries(DYNAMIC_ARGS)
    .map(([path, kind]) => `    "${path}") [[ $cur != -* ]] && { _commandcenter_names ${kind}; return; } ;;`)
    .join("\n");
  const dynFlags = Object.entries(DYNAMIC_FLAGS)
    .map(([flag, kind]) => `    ${flag}) _commandcenter_names ${kind}; return ;;`)
    .join("\n");
  return `# commandcenter completion for bash (zsh: autoload -U +X bashcompinit && bashcompinit first)
_commandcenter_names() {
  local IFS=$'\\n'
  COMPREPLY=($(compgen -W "$(commandcenter __complete "$1" 2>/dev/null)" -- "$cur"))
}
_commandcenter() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}" cc_path="" w i skip=0
  for ((i = 1; i < COMP_CWORD; i++)); do
    w="\${COMP_WORDS[i]}"
    if ((skip)); then skip=0; continue; fi
    case " ${valueFlags(program).join(" ")} " in *" $w "*) skip=1; continue ;; esac
    [[ $w == -* ]] && continue
    if [[ -z $cc_path ]]; then cc_path="$w"; elif [[ $cc_path != *" "* ]] && _commandcenter_has_sub "$cc_path" "$w"; then cc_path="$cc_path $w"; fi
  done
  case "$prev" in
${dynFlags}
  esac
  case "$cc_path" in
${dynArgs}
  esac
  local words_for=""
  case "$cc_path" in
    "") words_for="${top.join(" ")} ${globalFlags(program).join(" ")} --help" ;;
${cases}
  esac
  COMPREPLY=($(compgen -W "$words_for" -- "$cur"))
}
_commandcenter_has_sub() {
  case "$1" in
${nodes
  .filter((n) => n.subcommands.length && !n.path.includes(" "))
  .map((n) => `    "${n.path}") [[ " ${n.subcommands.join(" ")} " == *" $2 "* ]] ;;`)
  .join("\n")}
    *) return 1 ;;
  esac
}
complete -F _commandcenter commandcenter
`;
}

/** The zsh script: zsh's bash-completion bridge running the bash function. */
export function zshScript(program: Command): string {
  return `#compdef commandcenter
autoload -U +X compinit && compinit -u
autoload -U +X bashcompinit && bashcompinit
${bashScript(program)}`;
}

/** The fish script: one `complete` line per command, subcommand and flag. */
export function fishScript(program: Command): string {
  const nodes: Node[] = [];
  walk(program, "", nodes);
  const lines = ["# commandcenter completion for fish", "complete -c commandcenter -f"];
  for (const n of nodes.filter((n) => !n.path.includes(" "))) {
    lines.push(`complete -c commandcenter -n __fish_use_subcommand -a ${n.path}`);
    for (const sub of n.subcommands) {
      lines.push(`complete -c commandcenter -n "__fish_seen_subcommand_from ${n.path}" -a ${sub}`);
    }
  }
  for (const n of nodes) {
    const words = n.path.split(" ");
    const cond = words.map((w) => `__fish_seen_subcommand_from ${w}`).join("; and ");
    for (const f of n.flags.filter((f) => f.startsWith("--"))) {
      lines.push(`complete -c commandcenter -n "${cond}" -l ${f.slice(2)}`);
    }
  }
  for (const [path, kind] of Object.entries(DYNAMIC_ARGS)) {
    const cond = path
      .split(" ")
      .map((w) => `__fish_seen_subcommand_from ${w}`)
      .join("; and ");
    lines.push(`complete -c commandcenter -n "${cond}" -a "(commandcenter __complete ${kind} 2>/dev/null)"`);
  }
  lines.push(`complete -c commandcenter -s p -l project -r -a "(commandcenter __complete projects 2>/dev/null)"`);
  return `${lines.join("\n")}\n`;
}
