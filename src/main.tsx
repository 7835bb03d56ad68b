import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import './index.css';
import { App, startApp } from './ui/App.tsx';
import { AppBoundary } from './ui/layout/AppBoundary.tsx';

const root = document.getElementById('root');
if (root) {
  // One start per page (not per render): it creates the engine worker. A start that throws (even
  // before its first await) becomes a rejected promise, which reaches the boundary through `use`.
  const booting = (async () => startApp())();
  createRoot(root).render(
    <StrictMode>
      <AppBoundary>
        <Suspense fallback={null}>
          <App booting={booting} />
        </Suspense>
      </AppBoundary>
    </StrictMode>,
  );
}
