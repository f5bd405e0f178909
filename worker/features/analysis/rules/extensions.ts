import { inDomain } from "./types";

/**
 * More ways to see technologies that other rule files introduce: wrapper and integration packages
 * (`Aspire.*`, `django-*`, Laravel drivers), configuration signals (`.env.example` drivers and URL
 * schemes, Procfile commands, CI services, Kubernetes kinds) and container images. Merged by title.
 */
export const DATA_EXTENSIONS = inDomain("data", [
  {
    title: "PostgreSQL",
    signals: ["postgres", "postgresql", "pgsql", "postgis", "heroku-postgresql"],
    dependencies: {
      nuget: ["Npgsql*", "Aspire.Npgsql*", "Aspire.Hosting.PostgreSQL"],
      pypi: ["psycopg*", "asyncpg", "pg8000"],
      cargo: ["tokio-postgres", "postgres", "sqlx-postgres"],
      go: ["github.com/jackc/pgx*", "github.com/lib/pq"],
      pub: ["postgres"],
    },
    images: [
      "postgres",
      "bitnami/postgresql",
      "postgis/*",
      "pgvector/pgvector",
      "ankane/pgvector",
      "supabase/postgres",
      "cimg/postgres",
      "circleci/postgres",
    ],
    resources: ["aws_db_instance", "google_sql_database_instance", "azurerm_postgresql_*"],
  },
  {
    title: "MySQL",
    signals: ["mysql", "mysql2", "mysqli"],
    dependencies: {
      nuget: ["MySqlConnector", "Aspire.*MySql*"],
      pypi: ["mysqlclient", "pymysql", "aiomysql", "mysql-connector-python"],
      go: ["github.com/go-sql-driver/mysql"],
      cargo: ["mysql", "mysql_async"],
    },
    images: ["mysql", "bitnami/mysql", "cimg/mysql", "circleci/mysql"],
    resources: ["azurerm_mysql_*"],
  },
  { title: "MariaDB", signals: ["mariadb"], images: ["mariadb", "bitnami/mariadb"] },
  {
    title: "SQLite",
    signals: ["sqlite", "sqlite3", "spatialite"],
    dependencies: {
      cargo: ["rusqlite", "libsqlite3-sys", "sqlx-sqlite", "diesel_migrations"],
      pub: ["sqflite", "sqlite3", "sqlite3_flutter_libs"],
      nuget: ["Microsoft.Data.Sqlite*", "Microsoft.EntityFrameworkCore.Sqlite*", "SQLitePCLRaw.*"],
      swift: ["github.com/stephencelis/SQLite.swift", "github.com/groue/GRDB.swift"],
    },
  },
  {
    title: "Microsoft SQL Server",
    signals: ["sqlsrv", "mssql", "sqlserver"],
    images: ["mcr.microsoft.com/mssql/*"],
    dependencies: {
      nuget: ["Microsoft.Data.SqlClient", "Microsoft.EntityFrameworkCore.SqlServer", "Aspire.*SqlServer*"],
      npm: ["mssql", "tedious"],
      pypi: ["pyodbc", "pymssql"],
      go: ["github.com/microsoft/go-mssqldb", "github.com/denisenkom/go-mssqldb"],
    },
  },
  {
    title: "Redis",
    signals: ["redis", "rediss", "heroku-redis", "predis", "phpredis"],
    images: ["redis", "redis/*", "bitnami/redis", "cimg/redis", "circleci/redis"],
    dependencies: {
      composer: ["predis/predis"],
      nuget: [
        "StackExchange.Redis*",
        "Aspire.StackExchange.Redis*",
        "Aspire.Hosting.Redis",
        "Microsoft.Extensions.Caching.StackExchangeRedis",
      ],
      pypi: ["redis", "django-redis", "aioredis", "hiredis"],
      go: ["github.com/redis/go-redis*", "github.com/go-redis/redis*", "github.com/gomodule/redigo"],
      rubygems: ["redis", "redis-*", "hiredis"],
      npm: ["redis", "ioredis", "@redis/*"],
      maven: ["org.springframework.boot:spring-boot-starter-data-redis", "org.redisson:*"],
    },
    resources: ["aws_elasticache_replication_group", "google_redis_instance", "azurerm_redis_cache"],
  },
  { title: "Valkey", images: ["valkey/valkey", "bitnami/valkey"], signals: ["valkey"] },
  {
    title: "Memcached",
    images: ["memcached", "bitnami/memcached"],
    signals: ["memcached"],
    dependencies: { pypi: ["pymemcache", "python-memcached", "pylibmc"], rubygems: ["dalli"], npm: ["memcached"] },
  },
  {
    title: "MongoDB",
    signals: ["mongodb", "mongo"],
    images: ["mongo", "mongodb/*", "bitnami/mongodb", "cimg/mongo"],
    dependencies: {
      nuget: ["MongoDB.*", "Aspire.MongoDB*"],
      pypi: ["pymongo", "motor", "mongoengine", "beanie"],
      composer: ["mongodb/mongodb"],
      "github-actions": ["supercharge/mongodb-github-action"],
    },
  },
  {
    title: "RabbitMQ",
    signals: ["amqp", "amqps", "rabbitmq"],
    images: ["rabbitmq", "bitnami/rabbitmq"],
    dependencies: {
      nuget: ["RabbitMQ.Client", "Aspire.RabbitMQ.Client*", "Aspire.Hosting.RabbitMQ", "MassTransit.RabbitMQ"],
      npm: ["amqplib", "amqp-connection-manager"],
      pypi: ["pika", "aio-pika", "kombu"],
      go: ["github.com/rabbitmq/amqp091-go", "github.com/streadway/amqp"],
      rubygems: ["bunny"],
      maven: ["com.rabbitmq:*", "org.springframework.boot:spring-boot-starter-amqp"],
    },
  },
  {
    title: "Apache Kafka",
    signals: ["kafka"],
    images: ["confluentinc/cp-kafka", "bitnami/kafka", "apache/kafka", "wurstmeister/kafka"],
    dependencies: {
      npm: ["kafkajs", "@confluentinc/kafka-javascript", "node-rdkafka"],
      pypi: ["kafka-python", "confluent-kafka", "aiokafka"],
      go: [
        "github.com/segmentio/kafka-go",
        "github.com/IBM/sarama",
        "github.com/Shopify/sarama",
        "github.com/confluentinc/confluent-kafka-go*",
      ],
      nuget: ["Confluent.Kafka"],
      maven: ["org.apache.kafka:*", "org.springframework.kafka:*"],
      cargo: ["rdkafka"],
      rubygems: ["ruby-kafka", "rdkafka", "karafka"],
    },
    resources: ["aws_msk_*"],
  },
  {
    title: "ClickHouse",
    images: ["clickhouse/*", "yandex/clickhouse-server", "altinity/clickhouse-server"],
    signals: ["clickhouse"],
    dependencies: {
      npm: ["@clickhouse/client"],
      pypi: ["clickhouse-driver", "clickhouse-connect"],
      go: ["github.com/ClickHouse/clickhouse-go*"],
    },
  },
  {
    title: "Elasticsearch",
    images: ["elasticsearch", "docker.elastic.co/elasticsearch/*", "bitnami/elasticsearch"],
    signals: ["elasticsearch"],
    dependencies: {
      npm: ["@elastic/elasticsearch"],
      pypi: ["elasticsearch", "elasticsearch-dsl"],
      rubygems: ["elasticsearch"],
      nuget: ["Elastic.Clients.Elasticsearch", "NEST"],
      go: ["github.com/elastic/go-elasticsearch*"],
    },
  },
  {
    title: "Meilisearch",
    images: ["getmeili/meilisearch"],
    signals: ["meilisearch"],
    dependencies: {
      composer: ["meilisearch/meilisearch-php"],
      npm: ["meilisearch"],
      pypi: ["meilisearch"],
      rubygems: ["meilisearch", "meilisearch-rails"],
      go: ["github.com/meilisearch/meilisearch-go"],
    },
  },
  {
    title: "Typesense",
    images: ["typesense/typesense"],
    dependencies: { npm: ["typesense"], pypi: ["typesense"], composer: ["typesense/typesense-php"] },
  },
  {
    title: "Algolia",
    signals: ["algolia"],
    dependencies: {
      composer: ["algolia/*"],
      npm: ["algoliasearch", "@algolia/*", "react-instantsearch"],
      rubygems: ["algolia", "algoliasearch-rails"],
    },
  },
  {
    title: "MinIO",
    images: ["minio/minio", "minio/mc", "bitnami/minio", "quay.io/minio/minio"],
    dependencies: { npm: ["minio"], pypi: ["minio"], go: ["github.com/minio/minio-go*"] },
  },
  { title: "SeaweedFS", images: ["chrislusf/seaweedfs"] },
  { title: "Prisma", dependencies: { npm: ["prisma", "@prisma/*"] }, files: ["**/schema.prisma"] },
  { title: "Diesel", dependencies: { cargo: ["diesel", "diesel_*"] } },
  { title: "Alembic", dependencies: { pypi: ["alembic"] }, files: ["**/alembic.ini"] },
  {
    title: "Ollama",
    images: ["ollama/ollama"],
    dependencies: {
      nuget: ["OllamaSharp", "CommunityToolkit.Aspire.*Ollama*"],
      cargo: ["ollama-rs"],
      npm: ["ollama", "ollama-ai-provider"],
      pypi: ["ollama", "langchain-ollama"],
      go: ["github.com/ollama/ollama"],
    },
  },
  {
    title: "LangChain",
    dependencies: { cargo: ["langchain-rust"], pypi: ["langchain", "langchain-*"], npm: ["langchain", "@langchain/*"] },
  },
  {
    title: "OpenAI API",
    signals: ["env:openai_api_key"],
    dependencies: {
      cargo: ["async-openai", "openai-api-rs"],
      rubygems: ["ruby-openai", "openai"],
      composer: ["openai-php/*"],
      npm: ["openai", "@ai-sdk/openai"],
      pypi: ["openai", "langchain-openai"],
      nuget: ["OpenAI", "Azure.AI.OpenAI"],
      go: ["github.com/sashabaranov/go-openai", "github.com/openai/openai-go"],
    },
  },
  {
    title: "Hugging Face",
    dependencies: {
      cargo: ["hf-hub", "tokenizers"],
      pypi: ["huggingface-hub", "transformers", "tokenizers"],
      npm: ["@huggingface/*"],
    },
  },
]);
