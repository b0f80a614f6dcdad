// Style sheets are bundled into explorer.css by esbuild.
declare module '*.css';
