import { inDomain } from "./types";

const K8S_KINDS =
  /^kind:\s*(Deployment|StatefulSet|DaemonSet|Service|Ingress|ConfigMap|Secret|CronJob|Job|Pod|Namespace|HorizontalPodAutoscaler)\s*$/m;

/** Containers, orchestration, infrastructure as code, proxies and observability. */
export const INFRASTRUCTURE_RULES = inDomain("infrastructure", [
  {
    title: "Docker",
    files: ["**/Dockerfile", "**/Dockerfile.*", "**/*.Dockerfile", "**/Containerfile", "**/.dockerignore"],
    dependencies: { "github-actions": ["docker/*"] },
  },
  {
    title: "Docker Compose",
    files: [
      "**/docker-compose.yml",
      "**/docker-compose.yaml",
      "**/compose.yml",
      "**/compose.yaml",
      "**/docker-compose.*.yml",
    ],
  },
  {
    title: "Kubernetes",
    contents: [
      { glob: "**/*.yaml", patterns: [/^apiVersion:\s*\S+/m, K8S_KINDS] },
      { glob: "**/*.yml", patterns: [/^apiVersion:\s*\S+/m, K8S_KINDS] },
      { glob: "**/*.yaml.erb", patterns: [/^apiVersion:\s*\S+/m, K8S_KINDS] },
      { glob: "**/*.yml.erb", patterns: [/^apiVersion:\s*\S+/m, K8S_KINDS] },
      { glob: "**/*.yaml.j2", patterns: [/^apiVersion:\s*\S+/m, K8S_KINDS] },
      { glob: "**/*.yaml.tpl", patterns: [/^apiVersion:\s*\S+/m, K8S_KINDS] },
    ],
    providers: ["hashicorp/kubernetes"],
    dependencies: { go: ["k8s.io/client-go"], npm: ["@kubernetes/client-node"], pypi: ["kubernetes"] },
  },
  {
    title: "Helm",
    files: ["**/Chart.yaml"],
    providers: ["hashicorp/helm"],
    dependencies: { "github-actions": ["azure/setup-helm"] },
  },
  { title: "Kustomize", files: ["**/kustomization.yaml", "**/kustomization.yml"] },
  { title: "Argo CD", contents: [{ glob: "**/*.yaml", patterns: [/^apiVersion:\s*argoproj\.io\//m] }] },
  {
    title: "Terraform",
    files: ["**/*.tf", "**/.terraform-version"],
    dependencies: { "github-actions": ["hashicorp/setup-terraform"] },
  },
  { title: "OpenTofu", files: ["**/*.tofu"], dependencies: { "github-actions": ["opentofu/setup-opentofu"] } },
  {
    title: "Pulumi",
    files: ["**/Pulumi.yaml"],
    dependencies: { npm: ["@pulumi/pulumi"], pypi: ["pulumi"], go: ["github.com/pulumi/pulumi/sdk/v3"] },
  },
  {
    title: "AWS CDK",
    dependencies: { npm: ["aws-cdk-lib", "aws-cdk"], pypi: ["aws-cdk-lib"], maven: ["software.amazon.awscdk:*"] },
    files: ["**/cdk.json"],
  },
  {
    title: "AWS CloudFormation",
    contents: [
      { glob: "**/*.yaml", patterns: [/^AWSTemplateFormatVersion:/m] },
      { glob: "**/*.yml", patterns: [/^AWSTemplateFormatVersion:/m] },
    ],
  },
  {
    title: "Serverless Framework",
    files: ["**/serverless.yml", "**/serverless.yaml", "**/serverless.ts"],
    dependencies: { npm: ["serverless"] },
  },
  {
    title: "Ansible",
    files: ["**/ansible.cfg", "**/playbook.yml", "**/playbooks/*.yml"],
    dependencies: { pypi: ["ansible", "ansible-core"] },
  },
  { title: "Packer", files: ["**/*.pkr.hcl"] },
  { title: "Vagrant", files: ["**/Vagrantfile"] },
  { title: "Nix", files: ["**/flake.nix", "**/shell.nix", "**/default.nix"] },
  { title: "Nginx", images: ["nginx", "nginxinc/*", "bitnami/nginx"], files: ["**/nginx.conf"] },
  { title: "Caddy", images: ["caddy"], files: ["**/Caddyfile"] },
  { title: "Traefik", images: ["traefik"] },
  { title: "HAProxy", images: ["haproxy"], files: ["**/haproxy.cfg"] },
  { title: "Envoy", images: ["envoyproxy/envoy"] },
  { title: "Apache HTTP Server", images: ["httpd"] },
  {
    title: "Istio",
    contents: [{ glob: "**/*.yaml", patterns: [/^apiVersion:\s*(networking|security)\.istio\.io\//m] }],
  },
  { title: "HashiCorp Consul", images: ["hashicorp/consul", "consul"], providers: ["hashicorp/consul"] },
  {
    title: "Prometheus",
    images: ["prom/prometheus"],
    files: ["**/prometheus.yml"],
    dependencies: { npm: ["prom-client"], pypi: ["prometheus-client"], go: ["github.com/prometheus/client_golang"] },
  },
  { title: "Grafana", images: ["grafana/grafana", "grafana/loki", "grafana/tempo"], providers: ["grafana/grafana"] },
  {
    title: "OpenTelemetry",
    dependencies: {
      npm: ["@opentelemetry/*"],
      pypi: ["opentelemetry-*"],
      go: ["go.opentelemetry.io/otel"],
      maven: ["io.opentelemetry:*"],
      nuget: ["OpenTelemetry*"],
    },
    images: ["otel/opentelemetry-collector", "otel/opentelemetry-collector-contrib"],
  },
  { title: "Jaeger", images: ["jaegertracing/all-in-one", "jaegertracing/*"] },
  { title: "MinIO", images: ["minio/minio", "bitnami/minio"], dependencies: { npm: ["minio"], pypi: ["minio"] } },
  {
    title: "Temporal",
    dependencies: {
      npm: ["@temporalio/client", "@temporalio/worker"],
      pypi: ["temporalio"],
      go: ["go.temporal.io/sdk"],
    },
    images: ["temporalio/auto-setup"],
  },
]);
