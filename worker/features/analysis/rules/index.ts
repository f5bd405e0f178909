import { AI_ML_RULES } from "./ai-ml";
import { AWS_SDK_RULES } from "./aws-sdks";
import { BACKEND_LIBRARY_RULES } from "./backend-libs";
import { CLOUD_SERVICE_RULES } from "./cloud-services";
import { DATA_RULES } from "./data";
import { DOTNET_RULES } from "./dotnet";
import { DATA_EXTENSIONS } from "./extensions";
import { INFRASTRUCTURE_RULES } from "./infrastructure";
import { JVM_RULES } from "./jvm";
import { LANGUAGE_FRAMEWORK_RULES } from "./languages-frameworks";
import { DATA_LIBRARY_RULES, TOOLCHAIN_RULES, WEB_LIBRARY_RULES } from "./libraries";
import { LINTER_RULES } from "./linters";
import { mergeRules } from "./merge";
import { NATIVE_RULES } from "./native";
import { OTHER_RULES } from "./other";
import { OTHER_CLOUD_RULES } from "./other-clouds";
import { PLATFORM_EXTENSIONS } from "./platform-extensions";
import { PLATFORM_RULES } from "./platforms";
import { RUBY_RULES } from "./ruby";
import { GO_RULES, RUST_RULES } from "./rust-go";
import { SECURITY_RULES } from "./security";
import { AUTH_SERVER_RULES, SERVER_RULES } from "./servers";
import { TESTING_RULES } from "./testing";
import { TOOL_RULES } from "./tools";
import type { TechnologyRule } from "./types";
import { UI_UX_RULES } from "./ui-ux";
import { WEB_RULES } from "./web";

/**
 * Every technology the analyzer recognises, one rule per title: family files that name the same
 * technology (a package in another ecosystem, a wrapper, an image, a config signal) are merged.
 */
export const TECHNOLOGY_RULES: readonly TechnologyRule[] = mergeRules([
  ...AI_ML_RULES,
  ...LANGUAGE_FRAMEWORK_RULES,
  ...DATA_RULES,
  ...INFRASTRUCTURE_RULES,
  ...PLATFORM_RULES,
  ...TOOL_RULES,
  ...SECURITY_RULES,
  ...UI_UX_RULES,
  ...OTHER_RULES,
  ...TESTING_RULES,
  ...LINTER_RULES,
  ...SERVER_RULES,
  ...AUTH_SERVER_RULES,
  ...DOTNET_RULES,
  ...RUBY_RULES,
  ...RUST_RULES,
  ...GO_RULES,
  ...JVM_RULES,
  ...WEB_RULES,
  ...BACKEND_LIBRARY_RULES,
  ...CLOUD_SERVICE_RULES,
  ...OTHER_CLOUD_RULES,
  ...DATA_EXTENSIONS,
  ...PLATFORM_EXTENSIONS,
  ...WEB_LIBRARY_RULES,
  ...DATA_LIBRARY_RULES,
  ...TOOLCHAIN_RULES,
  ...NATIVE_RULES,
  ...AWS_SDK_RULES,
]);

export type { TechnologyRule } from "./types";
