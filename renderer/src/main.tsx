import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { queryClient } from './api/query';
import { App } from './App';
import { standalonePage } from './live/standalone';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>{standalonePage() ?? <App />}</QueryClientProvider>
  </StrictMode>,
);
