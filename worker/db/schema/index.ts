export * from "./analyses";
export * from "./jobs";
export * from "./knowledge";
export * from "./projects";
export * from "./repositories";
export * from "./research";
export * from "./technologies";
