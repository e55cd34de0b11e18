import { lazyView } from './lazyView';

// Everything but the first view (the rounds) loads on demand, keeping the first download small.
export const statusView = lazyView(() => import('../views/status/StatusView'));
export const themesView = lazyView(() => import('../views/themes/ThemesView'));
export const compilationView = lazyView(() => import('../views/compilation/CompilationView'));
export const presentView = lazyView(() => import('../views/present/PresentView'));
export const configView = lazyView(() => import('../views/config/ConfigView'));
