import { AppError } from "../../lib/errors";

/**
 * The input cannot be analysed as given (corrupt or oversized archive, unknown repository).
 * Retrying does not help; the message is written for the user and names the limit or cause.
 */
export class AnalysisInputError extends AppError {
  constructor(message: string) {
    super("bad_request", message);
    this.name = "AnalysisInputError";
  }
}

/**
 * GitHub refused because of its rate limit. `resetAt` (ms epoch) says when to try again, so a
 * caller can schedule an alarm instead of failing the job.
 */
export class RateLimitedError extends AppError {
  readonly resetAt: number;

  constructor(resetAt: number, message = "GitHub rate limit exceeded") {
    super("rate_limited", message, { resetAt });
    this.name = "RateLimitedError";
    this.resetAt = resetAt;
  }
}
