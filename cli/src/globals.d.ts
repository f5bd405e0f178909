/** The CLI's version, from cli/package.json, set by cli/build.mjs. */
declare const __CLI_VERSION__: string;

/** Every command module in cli/src/commands/, collected by cli/build.mjs. */
declare module "commands:all" {
  const commands: readonly import("./command").CommandModule[];
  export default commands;
}
