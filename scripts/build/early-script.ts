// A Vite plugin that lets a chunk without imports run as soon as it arrives: it adds
// `<script type="module" async>` for the chunk to index.html, ahead of the entry. The
// entry still imports the same file, so the browser runs it once (a module is kept by
// its address), whichever asks first. Used for the early start (src/web/app/early-start.ts),
// which then asks for the session and the page's code while React is still downloading,
// not only once React has arrived.
import type { Plugin } from 'vite';

export function runEarly(chunkName: string): Plugin {
  return {
    name: 'ocop-run-early',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunk = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.name === chunkName);
        if (chunk?.type !== 'chunk') throw new Error(`no chunk named ${chunkName} in the build`);
        // a chunk that imported another would wait for it, and run no earlier than the entry
        if (chunk.imports.length > 0)
          throw new Error(`${chunk.fileName} imports ${chunk.imports.join(', ')}: it cannot run on its own`);
        return [
          {
            tag: 'script',
            attrs: { type: 'module', async: true, crossorigin: true, src: `/${chunk.fileName}` },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}
