import { inDomain } from "./types";

/** Machine learning libraries, model APIs and vector stores. */
export const AI_ML_RULES = inDomain("ai-ml", [
  {
    title: "OpenAI API",
    dependencies: {
      npm: ["openai", "@ai-sdk/openai"],
      pypi: ["openai"],
      go: ["github.com/sashabaranov/go-openai", "github.com/openai/openai-go"],
      nuget: ["OpenAI", "Azure.AI.OpenAI"],
      rubygems: ["ruby-openai"],
    },
  },
  {
    title: "Anthropic Claude API",
    dependencies: {
      npm: ["@anthropic-ai/sdk", "@ai-sdk/anthropic"],
      pypi: ["anthropic"],
      go: ["github.com/anthropics/anthropic-sdk-go"],
    },
  },
  {
    title: "Google Gemini API",
    dependencies: {
      npm: ["@google/generative-ai", "@google/genai", "@ai-sdk/google"],
      pypi: ["google-generativeai", "google-genai"],
    },
  },
  { title: "Vercel AI SDK", dependencies: { npm: ["ai"] } },
  {
    title: "Cloudflare Workers AI",
    contents: [{ glob: "**/wrangler.toml", patterns: [/^\s*\[(env\.[\w-]+\.)?ai\]/m] }],
  },
  {
    title: "LangChain",
    dependencies: {
      npm: ["langchain", "@langchain/core"],
      pypi: ["langchain", "langchain-core", "langchain-community"],
    },
  },
  { title: "LangGraph", dependencies: { npm: ["@langchain/langgraph"], pypi: ["langgraph"] } },
  { title: "LlamaIndex", dependencies: { npm: ["llamaindex"], pypi: ["llama-index", "llama-index-core"] } },
  {
    title: "Hugging Face Transformers",
    dependencies: { pypi: ["transformers"], npm: ["@huggingface/transformers", "@xenova/transformers"] },
  },
  { title: "PyTorch", dependencies: { pypi: ["torch", "torchvision", "pytorch-lightning", "lightning"] } },
  {
    title: "TensorFlow",
    dependencies: {
      pypi: ["tensorflow", "tensorflow-cpu", "tf-keras"],
      npm: ["@tensorflow/tfjs", "@tensorflow/tfjs-node"],
    },
  },
  { title: "Keras", dependencies: { pypi: ["keras"] } },
  { title: "JAX", dependencies: { pypi: ["jax", "flax"] } },
  { title: "scikit-learn", dependencies: { pypi: ["scikit-learn", "sklearn"] } },
  { title: "XGBoost", dependencies: { pypi: ["xgboost"] } },
  { title: "LightGBM", dependencies: { pypi: ["lightgbm"] } },
  { title: "NumPy", dependencies: { pypi: ["numpy"] } },
  { title: "SciPy", dependencies: { pypi: ["scipy"] } },
  { title: "spaCy", dependencies: { pypi: ["spacy"] } },
  { title: "NLTK", dependencies: { pypi: ["nltk"] } },
  { title: "OpenCV", dependencies: { pypi: ["opencv-python", "opencv-python-headless", "opencv-contrib-python"] } },
  { title: "MLflow", dependencies: { pypi: ["mlflow"] }, images: ["ghcr.io/mlflow/mlflow"] },
  { title: "Weights & Biases", dependencies: { pypi: ["wandb"] } },
  {
    title: "Jupyter",
    dependencies: { pypi: ["jupyter", "jupyterlab", "notebook", "ipykernel"] },
    files: ["**/*.ipynb"],
  },
  { title: "Ollama", dependencies: { npm: ["ollama"], pypi: ["ollama"] }, images: ["ollama/ollama"] },
  { title: "Pinecone", dependencies: { npm: ["@pinecone-database/pinecone"], pypi: ["pinecone-client", "pinecone"] } },
  { title: "Chroma", dependencies: { npm: ["chromadb"], pypi: ["chromadb"] }, images: ["chromadb/chroma"] },
  {
    title: "Qdrant",
    dependencies: { npm: ["@qdrant/js-client-rest"], pypi: ["qdrant-client"] },
    images: ["qdrant/qdrant"],
  },
  {
    title: "Weaviate",
    dependencies: { npm: ["weaviate-client", "weaviate-ts-client"], pypi: ["weaviate-client"] },
    images: ["semitechnologies/weaviate"],
  },
  { title: "pgvector", dependencies: { pypi: ["pgvector"], npm: ["pgvector"] }, images: ["pgvector/pgvector"] },
  { title: "Model Context Protocol", dependencies: { npm: ["@modelcontextprotocol/sdk"], pypi: ["mcp", "fastmcp"] } },
]);
