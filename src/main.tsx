import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './index.css';
import { App, startApp } from './ui/App.tsx';

const root = document.getElementById('root');
if (root) {
  // One start per page (not per render): it creates the engine worker.
  void startApp().then((boot) =>
    createRoot(root).render(
      <StrictMode>
        <App boot={boot} />
      </StrictMode>,
    ),
  );
}
