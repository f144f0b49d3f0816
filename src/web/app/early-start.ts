// The first thing the page runs (main.tsx imports it before React): on a slow phone,
// reading React and the router takes the processor a second or more, and only then
// would the router ask for the page's code and the session provider for who is signed
// in. Both are asked for here instead, so that they travel while React is read. It
// imports nothing that needs React (vite.config.ts keeps it in a chunk of its own).
import { startMe } from '../features/auth/early-me.ts';
import { pageModuleFor } from './pages.ts';

startMe();
// a failure is the router's to show when it loads the same module
pageModuleFor(window.location.pathname)?.().catch(() => undefined);
