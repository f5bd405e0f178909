/** Limits of the knowledge base; requests over them are answered 413, jobs fail with the reason. */
export const KNOWLEDGE_LIMITS = {
  /** Largest upload (multipart file or JSON body): PDFs are bigger than their text. */
  maxUploadBytes: 10 * 1024 * 1024,
  /** Largest Markdown, text or HTML source, and largest text extracted from a PDF or a page. */
  maxTextBytes: 1024 * 1024,
  /** Most chunks one document may be cut into. */
  maxChunks: 1000,
  /** Text sources above this size, and every PDF and URL, are processed by a job. */
  inlineMaxBytes: 200 * 1024,
  /** Largest response read from a fetched URL or feed. */
  maxFetchBytes: 10 * 1024 * 1024,
} as const;

export type KnowledgeLimits = typeof KNOWLEDGE_LIMITS;
