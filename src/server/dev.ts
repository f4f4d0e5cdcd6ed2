import { spawn } from 'node:child_process';
import { createServer } from 'vite';

/**
 * npm run dev: the API restarts on every server change (tsx watch), the web app reloads in place
 * (Vite hot module replacement). Open http://localhost:PORT — Vite proxies /api to the API.
 */
const port = Number(process.env.PORT ?? 3000);
const apiPort = Number(process.env.API_PORT ?? port + 1);

const server = spawn(process.execPath, ['--import', 'tsx', '--watch', 'src/server/main.ts'], {
  stdio: 'inherit',
  env: { ...process.env, PORT: String(apiPort), HOST: '127.0.0.1', PUBLIC_URL: process.env.PUBLIC_URL ?? `http://localhost:${port}` },
});

const vite = await createServer({ configFile: 'vite.config.ts', server: { port, strictPort: true, proxy: { '/api': { target: `http://127.0.0.1:${apiPort}` } } } });
await vite.listen();
console.log(`\nРежим разработки: http://localhost:${port}/ (API на порту ${apiPort})`);

const stop = async () => {
  server.kill('SIGTERM');
  await vite.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
