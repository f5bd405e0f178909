import { ok } from "../api";
import { choiceOption, defineCommand } from "../command";
import { bashScript, fishScript, zshScript } from "../completion";

const SHELLS = ["bash", "zsh", "fish"] as const;

/** `completion bash|zsh|fish`, and the hidden `__complete` the scripts call for names from the API. */
export default defineCommand((program, ctx) => {
  program
    .command("completion")
    .description('print a shell completion script: eval "$(commandcenter completion bash)"')
    .argument("<shell>", SHELLS.join(", "), choiceOption(SHELLS))
    .action((shell: (typeof SHELLS)[number]) => {
      const script =
        shell === "bash" ? bashScript(program) : shell === "zsh" ? zshScript(program) : fishScript(program);
      process.stdout.write(script);
    });

  program
    .command("__complete <kind>", { hidden: true })
    .description("names for shell completion: projects or technologies")
    .action(async (kind: string) => {
      try {
        const api = ctx.api();
        if (kind === "projects") {
          const page = await ok(api.projects.$get({ query: { limit: "100" } }));
          for (const p of page.data) ctx.ui.out(p.slug);
        } else if (kind === "technologies") {
          const page = await ok(api.technologies.$get({ query: { limit: "100", sort: "title" } }));
          for (const t of page.data) ctx.ui.out(t.title);
        }
      } catch {
        // Completion stays quiet: no names is better than an error inside the shell's prompt.
      }
    });
}, 90);
