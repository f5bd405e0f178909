import { inDomain } from "./types";

/** Google Cloud, Azure and other clouds' services, by SDK packages, Terraform resources and modules. */
export const OTHER_CLOUD_RULES = inDomain("platforms", [
  {
    title: "Google Cloud",
    resources: ["google_*"],
    dependencies: {
      terraform: ["terraform-google-modules/*"],
      "github-actions": ["google-github-actions/*"],
      nuget: ["Google.Cloud.*"],
      go: ["cloud.google.com/go/*"],
      npm: ["@google-cloud/*"],
      pypi: ["google-cloud-*"],
    },
  },
  {
    title: "Google Kubernetes Engine",
    resources: ["google_container_cluster", "google_container_node_pool"],
    dependencies: {
      terraform: ["terraform-google-modules/kubernetes-engine/google*"],
      "github-actions": ["google-github-actions/get-gke-credentials"],
    },
  },
  {
    title: "Google Cloud Run",
    resources: ["google_cloud_run_*"],
    dependencies: { "github-actions": ["google-github-actions/deploy-cloudrun"] },
  },
  {
    title: "Google Cloud SQL",
    resources: ["google_sql_*"],
    dependencies: { go: ["cloud.google.com/go/cloudsqlconn"], pypi: ["cloud-sql-python-connector"] },
  },
  {
    title: "Google Cloud Storage",
    resources: ["google_storage_*"],
    dependencies: {
      npm: ["@google-cloud/storage"],
      pypi: ["google-cloud-storage"],
      go: ["cloud.google.com/go/storage"],
    },
  },
  {
    title: "Google Cloud Pub/Sub",
    resources: ["google_pubsub_*"],
    dependencies: { npm: ["@google-cloud/pubsub"], pypi: ["google-cloud-pubsub"], go: ["cloud.google.com/go/pubsub*"] },
  },
  {
    title: "Google Cloud Spanner",
    resources: ["google_spanner_*"],
    dependencies: {
      nuget: ["Google.Cloud.Spanner.*"],
      npm: ["@google-cloud/spanner"],
      go: ["cloud.google.com/go/spanner"],
      pypi: ["google-cloud-spanner"],
    },
  },
  {
    title: "AlloyDB",
    resources: ["google_alloydb_*"],
    dependencies: {
      go: ["cloud.google.com/go/alloydb*"],
      pypi: ["google-cloud-alloydb*", "langchain-google-alloydb-pg"],
    },
  },
  { title: "Google Cloud Memorystore", resources: ["google_redis_instance", "google_memcache_instance"] },
  {
    title: "Google Cloud KMS",
    resources: ["google_kms_*"],
    dependencies: { npm: ["@google-cloud/kms"], pypi: ["google-cloud-kms"], go: ["cloud.google.com/go/kms"] },
  },
  {
    title: "Google Cloud Secret Manager",
    resources: ["google_secret_manager_*"],
    dependencies: {
      npm: ["@google-cloud/secret-manager"],
      pypi: ["google-cloud-secret-manager"],
      go: ["cloud.google.com/go/secretmanager"],
      nuget: ["Google.Cloud.SecretManager.*"],
    },
  },
  {
    title: "Google Cloud Build",
    files: ["**/cloudbuild.yaml", "**/cloudbuild.yml"],
    resources: ["google_cloudbuild_*"],
  },
  {
    title: "Google Vertex AI",
    resources: ["google_vertex_ai_*"],
    dependencies: { npm: ["@google-cloud/vertexai", "@ai-sdk/google-vertex"], pypi: ["google-cloud-aiplatform"] },
  },
  { title: "Google BigQuery", resources: ["google_bigquery_*"] },
  {
    title: "Microsoft Azure",
    resources: ["azurerm_*", "azuread_*"],
    dependencies: {
      npm: ["@azure/*"],
      nuget: ["Azure.*"],
      pypi: ["azure-*"],
      go: ["github.com/Azure/azure-sdk-for-go*"],
      "github-actions": ["azure/*", "Azure/*"],
    },
  },
  { title: "Azure Kubernetes Service", resources: ["azurerm_kubernetes_cluster*"] },
  {
    title: "Azure Blob Storage",
    resources: ["azurerm_storage_account", "azurerm_storage_container", "azurerm_storage_blob"],
    dependencies: {
      npm: ["@azure/storage-blob"],
      nuget: ["Azure.Storage.Blobs", "Aspire.Azure.Storage.Blobs"],
      pypi: ["azure-storage-blob"],
      go: ["github.com/Azure/azure-sdk-for-go/sdk/storage/azblob"],
    },
  },
  {
    title: "Azure Cosmos DB",
    resources: ["azurerm_cosmosdb_*"],
    dependencies: {
      npm: ["@azure/cosmos"],
      nuget: ["Microsoft.Azure.Cosmos", "Aspire.Microsoft.Azure.Cosmos"],
      pypi: ["azure-cosmos"],
    },
  },
  {
    title: "Azure Functions",
    resources: ["azurerm_function_app*", "azurerm_linux_function_app", "azurerm_windows_function_app"],
    dependencies: {
      npm: ["@azure/functions"],
      nuget: ["Microsoft.Azure.Functions.*", "Microsoft.Azure.WebJobs*"],
      pypi: ["azure-functions"],
    },
    files: ["**/host.json"],
  },
  {
    title: "Azure App Service",
    resources: ["azurerm_app_service*", "azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_service_plan"],
  },
  {
    title: "Azure Key Vault",
    resources: ["azurerm_key_vault*"],
    dependencies: {
      npm: ["@azure/keyvault-*"],
      nuget: ["Azure.Security.KeyVault.*", "Azure.Extensions.AspNetCore.Configuration.Secrets"],
    },
  },
  {
    title: "Azure Service Bus",
    resources: ["azurerm_servicebus_*"],
    dependencies: {
      npm: ["@azure/service-bus"],
      nuget: ["Azure.Messaging.ServiceBus", "Aspire.Azure.Messaging.ServiceBus"],
    },
  },
  { title: "Azure SQL Database", resources: ["azurerm_mssql_*", "azurerm_sql_*"] },
  { title: "Azure Developer CLI", files: ["**/azure.yaml"] },
  { title: "Cloudflare R2", resources: ["cloudflare_r2_*"] },
  {
    title: "Cloudflare Workers",
    resources: ["cloudflare_workers_*", "cloudflare_worker_*"],
    files: ["**/wrangler.toml", "**/wrangler.json", "**/wrangler.jsonc"],
  },
  { title: "DigitalOcean", resources: ["digitalocean_*"] },
  { title: "Heroku", resources: ["heroku_*"], signals: ["heroku-postgresql", "heroku-redis"] },
  { title: "Vercel", resources: ["vercel_*"], files: ["**/vercel.json"] },
  { title: "Netlify", files: ["**/netlify.toml"] },
  { title: "Fly.io", files: ["**/fly.toml"] },
  { title: "Render", files: ["**/render.yaml", "**/render.yml"] },
  { title: "Railway", files: ["**/railway.toml", "**/railway.json"] },
  { title: "Gitpod", files: [".gitpod.yml"] },
  {
    title: "Dev Containers",
    files: [".devcontainer/devcontainer.json", ".devcontainer/*/devcontainer.json", ".devcontainer.json"],
  },
]);
