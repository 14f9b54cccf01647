// Configuration of `cem analyze` for @huanjie/elements. The analyzer lists Lit's `state: true` properties as
// attributes; they are private or protected fields here, and this plugin removes them (and other such members) from the
// public manifest that IDEs and Storybook read.
/** @type {import('@custom-elements-manifest/analyzer').Config} */
export default {
  litelement: true,
  globs: ['src/**/*.component.ts', 'src/form/*.ts', 'src/i18n/localized-element.ts', 'src/define/*.ts'],
  outdir: '.',
  plugins: [
    {
      name: 'huanjie-hide-private-state',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            const hidden = new Set(
              (declaration.members ?? [])
                .filter((m) => m.privacy === 'private' || m.privacy === 'protected')
                .map((m) => m.name),
            );
            if (declaration.attributes) {
              declaration.attributes = declaration.attributes.filter((a) => !hidden.has(a.fieldName));
            }
            // `emit(type, detail)` of the base class dispatches whatever its caller names: not an event of its own.
            if (declaration.events) {
              declaration.events = declaration.events.filter((e) => e.inheritedFrom?.name !== 'HjFormControl');
            }
            if (declaration.members) {
              declaration.members = declaration.members.filter(
                (m) => m.privacy !== 'private' && m.privacy !== 'protected',
              );
            }
          }
        }
      },
    },
  ],
};
