import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { Links, Meta, Outlet, Scripts, ScrollRestoration } from "react-router";
import { ApiError } from "./lib/api";
import "./styles/base.css";
import "./styles/layout.css";
import "./styles/forms.css";
import "./styles/data.css";
import "./styles/boards.css";
import "./styles/radar.css";
import "./styles/portfolio.css";

export function Layout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>CommandCenter</title>
        <script
          // biome-ignore lint/security/noDangerouslySetInnerHtml: sets the saved theme before first paint, no user input
          dangerouslySetInnerHTML={{
            __html:
              "document.documentElement.dataset.theme=localStorage.getItem('cc.theme')||(matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light')",
          }}
        />
        <Meta />
        <Links />
      </head>
      <body>
        {children}
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

export default function App() {
  const [client] = useState(
    () =>
      new QueryClient({
        defaultOptions: {
          queries: {
            staleTime: 10_000,
            retry: (count, err) => !(err instanceof ApiError && err.status < 500) && count < 2,
          },
        },
      }),
  );
  return (
    <QueryClientProvider client={client}>
      <Outlet />
    </QueryClientProvider>
  );
}

export function HydrateFallback() {
  return <p className="loading">Loading CommandCenter…</p>;
}
