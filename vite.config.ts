import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The web app (citizen portal at /, staff workplace at /app) is built into dist/web and served by the server.
export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  build: { outDir: '../../dist/web', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: {
    proxy: { '/api': { target: `http://127.0.0.1:${process.env.API_PORT ?? 3001}`, changeOrigin: false } },
  },
});
