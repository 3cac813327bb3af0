import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  // Workspace packages resolve to their TypeScript sources: no package build needed before the app build.
  resolve: { conditions: ['@dsc/source', ...defaultClientConditions] },
  build: {
    manifest: true,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        // Keep the schema and engine code that only the dashboards need out of the initial chunk.
        codeSplitting: {
          groups: [
            { name: 'zod-core', test: /node_modules[\\/]zod[\\/]v4[\\/](core|mini)[\\/]/ },
            { name: 'schemas', test: /node_modules[\\/](zod|i18n-iso-countries|currency-codes)[\\/]|packages[\\/]domain[\\/]/ },
            { name: 'engine', test: /packages[\\/]indicators[\\/]/ },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  plugins: [
    react(),
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script',
      manifest: {
        name: 'DSC Planner',
        short_name: 'DSC Planner',
        description: 'Digital maturity dashboards of North and Central Asia, offline in the browser.',
        theme_color: '#00689d',
        background_color: '#ffffff',
        display: 'standalone',
        start_url: '.',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,woff2,webmanifest}'],
        navigateFallback: 'index.html',
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
      },
    }),
  ],
});
