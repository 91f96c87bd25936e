import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { standalonePage } from './live/standalone';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {standalonePage() ?? <App />}
  </StrictMode>,
);
