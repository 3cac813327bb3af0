import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-600.css';
import '@fontsource/noto-sans/latin-700.css';
import '@fontsource/noto-sans/latin-ext-400.css';
import '@fontsource/noto-sans/latin-ext-600.css';
import '@fontsource/noto-sans/cyrillic-400.css';
import '@fontsource/noto-sans/cyrillic-600.css';
import '@fontsource/noto-sans/cyrillic-700.css';
import '@fontsource/noto-sans/cyrillic-ext-400.css';
import '@fontsource/noto-sans/cyrillic-ext-600.css';
import '@fontsource/noto-sans/cyrillic-ext-700.css';
import './styles/app.css';
import { catalogLocale, loadMessages } from '@dsc/i18n';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { isUiLocale } from './i18n/locale.js';
import { DataProvider, preloadEmbedded } from './model/data-context.js';
import { router } from './router.js';

// Start the catalogue of the requested language and the data set before the first render.
const lang = new URLSearchParams(window.location.search).get('lang');
void loadMessages(catalogLocale(isUiLocale(lang) ? lang : 'en'));
void preloadEmbedded();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <DataProvider>
        <RouterProvider router={router} />
      </DataProvider>
    </StrictMode>,
  );
}
