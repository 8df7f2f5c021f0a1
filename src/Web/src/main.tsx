import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { languageReady } from './i18n';
import { App } from './app/App';
import { followOtherTabs } from './api/session';
import './styles/app.css';

followOtherTabs();

// The first render is in the chosen language (English is downloaded first when it is the one).
void languageReady.then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <BrowserRouter>
        <App />
      </BrowserRouter>
    </StrictMode>,
  );
});
