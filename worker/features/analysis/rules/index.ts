import { AI_ML_RULES } from "./ai-ml";
import { DATA_RULES } from "./data";
import { INFRASTRUCTURE_RULES } from "./infrastructure";
import { LANGUAGE_FRAMEWORK_RULES } from "./languages-frameworks";
import { OTHER_RULES } from "./other";
import { PLATFORM_RULES } from "./platforms";
import { SECURITY_RULES } from "./security";
import { TOOL_RULES } from "./tools";
import type { TechnologyRule } from "./types";
import { UI_UX_RULES } from "./ui-ux";

/** Every technology the analyzer recognises, one rule per title. */
export const TECHNOLOGY_RULES: readonly TechnologyRule[] = [
  ...AI_ML_RULES,
  ...LANGUAGE_FRAMEWORK_RULES,
  ...DATA_RULES,
  ...INFRASTRUCTURE_RULES,
  ...PLATFORM_RULES,
  ...TOOL_RULES,
  ...SECURITY_RULES,
  ...UI_UX_RULES,
  ...OTHER_RULES,
];

export type { TechnologyRule } from "./types";
