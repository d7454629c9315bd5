import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const page = (name: string) => fileURLToPath(new URL(`src/web/${name}`, import.meta.url));

// The web front end: src/web, built into dist/web, which the server serves at `/` (src/http/web.ts).
// `npm run dev` serves it from source with the API proxied to the server on port 4000.
export default defineConfig({
  root: "src/web",
  plugins: [react()],
  build: {
    outDir: "../../dist/web",
    emptyOutDir: true,
    // The pages, and GraphiQL at /explorer (its editor's workers are bundled too).
    rollupOptions: { input: { main: page("index.html"), explorer: page("explorer.html") } },
  },
  // GraphiQL's worker imports (`?worker`) are for Vite's own transform, not its dependency scan.
  optimizeDeps: { exclude: ["graphiql", "@graphiql/react"] },
  server: {
    proxy: { "/graphql": `http://localhost:${process.env.PORT ?? 4000}` },
  },
});
