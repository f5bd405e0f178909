/**
 * The identity providers the workerd tests trust (bound in vitest.config.ts): one OpenID Connect
 * issuer and GitHub, both answered by the fakes in tests/sso-fake.ts through a spied `fetch`.
 */
export const SSO_TEST_ISSUER = "https://idp.example.test";
export const SSO_TEST_CLIENT = { id: "commandcenter-test", secret: "test-only-oidc-client-secret" };
export const SSO_TEST_GITHUB = {
  web: "https://github.example.test",
  api: "https://api.github.example.test",
  clientId: "gh-test-client",
  secret: "test-only-github-secret",
};

export const SSO_TEST_CONFIG = {
  OIDC_PROVIDERS: JSON.stringify([
    {
      id: "testidp",
      name: "Test IdP",
      issuer: SSO_TEST_ISSUER,
      clientId: SSO_TEST_CLIENT.id,
      clientSecret: SSO_TEST_CLIENT.secret,
    },
  ]),
  GITHUB_CLIENT_ID: SSO_TEST_GITHUB.clientId,
  GITHUB_CLIENT_SECRET: SSO_TEST_GITHUB.secret,
  GITHUB_OAUTH_URL: SSO_TEST_GITHUB.web,
  GITHUB_API_URL: SSO_TEST_GITHUB.api,
};
