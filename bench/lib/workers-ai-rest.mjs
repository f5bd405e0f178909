// Workers AI over Cloudflare's REST API, for running `npm run bench:search:quality` with the
// production embedder (bge-base-en-v1.5) from Node: EMBEDDER=workers-ai with CLOUDFLARE_ACCOUNT_ID
// and CLOUDFLARE_API_TOKEN (a token with the Workers AI read permission) set. Only `run` is
// provided, which is all WorkersAiEmbedder calls.

/**
 * An object with the `run(model, inputs)` method of the Workers AI binding, calling
 * POST /accounts/{account}/ai/run/{model} instead.
 * @param {string} account
 * @param {string} token
 * @returns {Ai}
 */
export function workersAiOverRest(account, token) {
  const run = async (/** @type {string} */ model, /** @type {unknown} */ inputs) => {
    const res = await fetch(`https://api.cloudflare.com/client/v4/accounts/${account}/ai/run/${model}`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify(inputs),
    });
    /** @type {{ success: boolean; result?: unknown; errors?: unknown[] }} */
    const body = await res.json();
    if (!res.ok || !body.success) throw new Error(`Workers AI ${model}: ${res.status} ${JSON.stringify(body.errors)}`);
    return body.result;
  };
  return /** @type {Ai} */ (/** @type {unknown} */ ({ run }));
}
