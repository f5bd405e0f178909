import { inDomain } from "./types";

/** Authentication, secrets and security scanning. */
export const SECURITY_RULES = inDomain("security", [
  {
    title: "Auth0",
    dependencies: {
      npm: ["auth0", "@auth0/auth0-react", "@auth0/nextjs-auth0", "@auth0/auth0-spa-js"],
      pypi: ["auth0-python"],
    },
    providers: ["auth0/auth0"],
  },
  {
    title: "Clerk",
    dependencies: { npm: ["@clerk/nextjs", "@clerk/clerk-react", "@clerk/backend", "@clerk/clerk-js"] },
  },
  { title: "Auth.js", dependencies: { npm: ["next-auth", "@auth/core"] } },
  { title: "Better Auth", dependencies: { npm: ["better-auth"] } },
  { title: "Passport.js", dependencies: { npm: ["passport"] } },
  {
    title: "Keycloak",
    images: ["keycloak/keycloak", "quay.io/keycloak/keycloak", "jboss/keycloak"],
    dependencies: { npm: ["keycloak-js"] },
  },
  {
    title: "Okta",
    dependencies: { npm: ["@okta/okta-auth-js", "@okta/okta-react"], maven: ["com.okta.spring:*"] },
    providers: ["okta/okta"],
  },
  {
    title: "Spring Security",
    dependencies: {
      maven: ["org.springframework.security:*", "org.springframework.boot:spring-boot-starter-security"],
    },
  },
  { title: "Devise", dependencies: { rubygems: ["devise"] } },
  {
    title: "JSON Web Tokens",
    dependencies: {
      npm: ["jsonwebtoken", "jose"],
      pypi: ["pyjwt", "python-jose"],
      go: ["github.com/golang-jwt/jwt/v5", "github.com/golang-jwt/jwt/v4"],
      maven: ["io.jsonwebtoken:*"],
      cargo: ["jsonwebtoken"],
    },
  },
  { title: "bcrypt", dependencies: { npm: ["bcrypt", "bcryptjs"], pypi: ["bcrypt"], rubygems: ["bcrypt"] } },
  { title: "Helmet", dependencies: { npm: ["helmet"] } },
  {
    title: "HashiCorp Vault",
    images: ["hashicorp/vault", "vault"],
    providers: ["hashicorp/vault"],
    dependencies: { pypi: ["hvac"], npm: ["node-vault"] },
  },
  { title: "CodeQL", dependencies: { "github-actions": ["github/codeql-action/*"] } },
  { title: "Snyk", files: ["**/.snyk"], dependencies: { "github-actions": ["snyk/actions/*"], npm: ["snyk"] } },
  { title: "Trivy", dependencies: { "github-actions": ["aquasecurity/trivy-action"] }, images: ["aquasec/trivy"] },
  { title: "Gitleaks", dependencies: { "github-actions": ["gitleaks/gitleaks-action"] }, files: ["**/.gitleaks.toml"] },
  {
    title: "Semgrep",
    dependencies: { "github-actions": ["returntocorp/semgrep-action", "semgrep/semgrep-action"] },
    files: ["**/.semgrep.yml"],
  },
  {
    title: "OWASP Dependency-Check",
    dependencies: { maven: ["org.owasp:dependency-check-maven"], gradle: ["org.owasp.dependencycheck"] },
  },
  {
    title: "Let's Encrypt",
    images: ["certbot/certbot"],
    contents: [{ glob: "**/*.yaml", patterns: [/^apiVersion:\s*cert-manager\.io\//m] }],
  },
]);
