/**
 * Registers every job type the product runs. The Worker and the job Durable Object both import
 * this module, so a type is known wherever a job is created or run.
 */
export {};
