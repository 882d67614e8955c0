/// <reference types="vite/client" />
// Types for Vite's asset and CSS imports (main.tsx imports the stylesheets).
